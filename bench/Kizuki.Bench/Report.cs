using System.Globalization;

namespace Kizuki.Bench;

/// <summary>Prints figures as aligned lines.</summary>
internal static class Report
{
    public static void Line(string what, TimeSpan elapsed, string detail) =>
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"{what,-40} {elapsed.TotalSeconds,8:F2} s   {detail}"));

    /// <summary>Peak resident set size of this process, from /proc (Linux).</summary>
    public static void PeakMemory()
    {
        var line = File.Exists("/proc/self/status")
            ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
            : null;
        Console.WriteLine($"{"peak RSS (whole run)",-40} {line?["VmHWM:".Length..].Trim() ?? "unknown"}");
    }
}
