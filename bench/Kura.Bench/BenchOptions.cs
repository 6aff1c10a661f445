using System.Globalization;
using Kura.Bench.Listing;

namespace Kura.Bench;

/// <summary>Command-line settings of the benchmark; see <see cref="Usage"/>.</summary>
internal sealed record BenchOptions
{
    /// <summary>Printed for --help or a bad argument.</summary>
    public const string Usage = """
        usage: kura-bench --kura-dll PATH --work DIR [options]
          --kura-dll PATH          kura.dll to run (a Release build)
          --work DIR               scratch folder on disk: Kura's data folder and log go here
          --peers DIR              folder given to peers.sh start (pid files, www/); omit to skip peers
          --fdatasync-mbps X       durable write rate measured by peers.sh disk, MB/s
          --dsync-writes X         4 KiB O_DSYNC writes per second of the same disk (dd oflag=dsync)
          --seconds S              length of each load cell (default 5)
          --connections 1,8,32     connection counts
          --list-keys N            keys in the listing bucket (default 1000000)
          --fill auto|api|loader   how to fill it (default auto: API, loader if over --fill-budget)
          --fill-budget S          longest API fill accepted in auto mode, seconds (default 600)
          --only LABEL             run only workloads whose label starts so, e.g. "4 KiB PUT" (for profiling)
          --out FILE               also write the tables (markdown) to FILE
        """;

    public required string KuraDll { get; init; }

    public required string WorkDirectory { get; init; }

    public string? PeersDirectory { get; init; }

    public double? FdatasyncMegabytesPerSecond { get; init; }

    public double? DsyncWritesPerSecond { get; init; }

    public TimeSpan CellDuration { get; init; } = TimeSpan.FromSeconds(5);

    public int[] Connections { get; init; } = [1, 8, 32];

    public long ListKeys { get; init; } = 1_000_000;

    public FillMode Fill { get; init; } = FillMode.Auto;

    public TimeSpan FillBudget { get; init; } = TimeSpan.FromMinutes(10);

    public string? OutputFile { get; init; }

    public string? Only { get; init; }

    /// <summary>Parses --name value pairs; throws <see cref="ArgumentException"/> with the reason.</summary>
    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"expected --name value, got '{args[i]}'");
            }

            values[args[i][2..]] = args[i + 1];
        }

        string? Get(string name) => values.Remove(name, out var value) ? value : null;
        double? Number(string name) =>
            Get(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : null;

        var options = new BenchOptions
        {
            KuraDll = Get("kura-dll") ?? throw new ArgumentException("--kura-dll is required"),
            WorkDirectory = Get("work") ?? throw new ArgumentException("--work is required"),
            PeersDirectory = Get("peers"),
            FdatasyncMegabytesPerSecond = Number("fdatasync-mbps"),
            DsyncWritesPerSecond = Number("dsync-writes"),
            CellDuration = TimeSpan.FromSeconds(Number("seconds") ?? 5),
            Connections = Get("connections") is { } list
                ? [.. list.Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))]
                : [1, 8, 32],
            ListKeys = (long)(Number("list-keys") ?? 1_000_000),
            Fill = Enum.Parse<FillMode>(Get("fill") ?? "auto", ignoreCase: true),
            FillBudget = TimeSpan.FromSeconds(Number("fill-budget") ?? 600),
            OutputFile = Get("out"),
            Only = Get("only"),
        };
        if (values.Count > 0)
        {
            throw new ArgumentException($"unknown option --{values.Keys.First()}");
        }

        return options;
    }
}
