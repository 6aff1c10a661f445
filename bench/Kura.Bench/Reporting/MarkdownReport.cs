using System.Globalization;
using System.Text;

namespace Kura.Bench.Reporting;

/// <summary>
/// Renders a run as markdown tables: absolute figures per cell, then the ratios the targets are
/// stated in, the LIST latencies, memory and what the load generator itself cost.
/// </summary>
internal static partial class MarkdownReport
{
    private const double Megabyte = 1024 * 1024;

    /// <summary>The whole report.</summary>
    public static string Render(RunResults run)
    {
        var text = new StringBuilder();
        Cells(text, run);
        Ratios(text, run);
        PutCounters(text, run);
        Lists(text, run);
        Memory(text, run);
        GeneratorCost(text, run);
        return text.ToString();
    }

    private static void Cells(StringBuilder text, RunResults run)
    {
        Line(text, "### Absolute figures per cell");
        Line(text, "");
        Line(text, "| workload | conns | server | ops/s | MB/s | p50 ms | p95 ms "
            + "| server CPU | bench CPU | server RSS MB | errors |");
        Line(text, "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var c in run.Cells)
        {
            var errors = c.Errors + c.Cut == 0 ? "" : $"{c.Errors}{(c.Cut > 0 ? $" (+{c.Cut} cut)" : "")}";
            Line(text, $"| {c.Workload.Label} | {c.Connections} | {c.Target} | {c.OpsPerSecond:F0} "
                + $"| {c.MegabytesPerSecond:F1} | {c.MedianMs:F2} | {c.P95Ms:F2} | {c.ServerCpuShare:F2} "
                + $"| {c.ClientCpuShare:F2} | {c.ServerPeakRssBytes / Megabyte:F0} | {errors} |");
        }

        Line(text, "");
        Line(text, "CPU columns are cores (CPU seconds per second of the cell); MB is 10^6 bytes, as dd reports.");
        Line(text, "");
    }

    private static void Line(StringBuilder text, string line) =>
        text.Append(CultureInfo.InvariantCulture, $"{line}\n");
}
