using System.Globalization;

namespace Kura.Bench.Machine;

/// <summary>
/// Reads CPU time and memory of a process and its descendants from /proc (Linux). nginx runs as
/// a master and workers, so figures are summed over the tree rooted at the given process.
/// </summary>
internal static class ProcessStats
{
    // USER_HZ is 100 on every Linux architecture .NET runs on.
    private const double ClockTicksPerSecond = 100;

    /// <summary>User plus system CPU seconds of the tree, or 0 when the process is gone.</summary>
    public static double CpuSeconds(int? rootPid) =>
        rootPid is { } pid ? Tree(pid).Sum(p => StatTicks(p) / ClockTicksPerSecond) : 0;

    /// <summary>Resident set size of the tree in bytes (VmRSS summed).</summary>
    public static long RssBytes(int? rootPid) => rootPid is { } pid ? RssBytes(Tree(pid)) : 0;

    /// <summary>Resident set size of the given processes in bytes (VmRSS summed).</summary>
    public static long RssBytes(IReadOnlyList<int> pids) => pids.Sum(p => StatusKilobytes(p, "VmRSS:") * 1024);

    /// <summary>Peak resident set size of one process in bytes (VmHWM), 0 when unknown.</summary>
    public static long PeakRssBytes(int? pid) => pid is { } p ? StatusKilobytes(p, "VmHWM:") * 1024 : 0;

    /// <summary>The process and all its descendants, or nothing when <paramref name="rootPid"/> is null.</summary>
    public static IReadOnlyList<int> TreeOf(int? rootPid) => rootPid is { } pid ? Tree(pid) : [];

    private static List<int> Tree(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && ReadStat(pid) is { } fields)
            {
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
            }
        }

        var tree = new List<int> { root };
        for (var i = 0; i < tree.Count; i++)
        {
            tree.AddRange(parents.Where(p => p.Value == tree[i]).Select(p => p.Key));
        }

        return tree;
    }

    private static long StatTicks(int pid) =>
        ReadStat(pid) is { } fields
            ? long.Parse(fields[11], CultureInfo.InvariantCulture)
                + long.Parse(fields[12], CultureInfo.InvariantCulture)
            : 0;

    // Fields after the parenthesised command name, which may itself contain spaces:
    // [0] state, [1] ppid, ... [11] utime, [12] stime.
    private static string[]? ReadStat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            return text[(text.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long StatusKilobytes(int pid, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status")
                .FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null
                ? 0
                : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
