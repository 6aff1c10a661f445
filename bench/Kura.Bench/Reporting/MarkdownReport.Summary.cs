using System.Text;

namespace Kura.Bench.Reporting;

internal static partial class MarkdownReport
{
    private const double ListTargetMs = 10;
    private const double IdleTargetMb = 150;
    private const double LoadTargetMb = 400;

    private static void Lists(StringBuilder text, RunResults run)
    {
        if (run.Lists.Count == 0)
        {
            return;
        }

        Line(text, $"### LIST, 1,000-entry pages, bucket of {run.ListKeys:N0} keys (kura only)");
        Line(text, "");
        if (run.Fill is { } fill)
        {
            var loaded = fill.LoadedKeys > 0
                ? $" and {fill.LoadedKeys:N0} keys from the index loader "
                    + $"({fill.LoaderSeconds:F1} s, Kura's stop and restart included)."
                : ".";
            Line(text, $"Filled with {fill.ApiKeys:N0} empty PUTs through the S3 API ({fill.ApiRate:F0} PUT/s at 64 "
                + $"connections, {fill.ApiErrors} errors){loaded}");
            Line(text, "");
        }

        Line(text, "| pages | count | entries/page | median ms | p95 ms | target (median) | verdict |");
        Line(text, "|---|---:|---:|---:|---:|---|---|");
        foreach (var s in run.Lists)
        {
            var median = Load.CellResult.Percentile(s.LatenciesMs, 0.5);
            var p95 = Load.CellResult.Percentile(s.LatenciesMs, 0.95);
            var verdict = median < ListTargetMs ? "**met**" : "not met";
            var perPage = (double)s.Entries / Math.Max(1, s.Pages);
            Line(text, $"| {s.Name} | {s.Pages} | {perPage:F0} | {median:F2} | {p95:F2} "
                + $"| < {ListTargetMs} ms | {verdict} |");
        }

        Line(text, "");
    }

    private static void Memory(StringBuilder text, RunResults run)
    {
        var underLoad = run.Cells
            .Where(c => c.Target == "kura" && c.Workload.Size == Large && c.Connections == run.Connections.Max())
            .Select(c => (c.Workload.Label, c.ServerPeakRssBytes / Megabyte))
            .ToList();
        Line(text, "### Kura memory (resident set)");
        Line(text, "");
        Line(text, "| when | MB | target | verdict |");
        Line(text, "|---|---:|---|---|");
        Line(text, $"| idle after start | {run.KuraIdleRssBytes / Megabyte:F0} | < {IdleTargetMb} MB " +
            $"| {Verdict(run.KuraIdleRssBytes / Megabyte < IdleTargetMb)} |");
        foreach (var (label, mb) in underLoad)
        {
            Line(text, $"| {label}, {run.Connections.Max()} conn, sampled peak | {mb:F0} | < {LoadTargetMb} MB " +
                $"| {Verdict(mb < LoadTargetMb)} |");
        }

        Line(text, $"| VmHWM after all object workloads | {run.KuraPeakRssBytes / Megabyte:F0} | < {LoadTargetMb} MB " +
            $"| {Verdict(run.KuraPeakRssBytes / Megabyte < LoadTargetMb)} |");
        Line(text, $"| idle after the object workloads | {run.KuraRssAfterLoadBytes / Megabyte:F0} | | |");
        Line(text, "");
    }

    private static void GeneratorCost(StringBuilder text, RunResults run)
    {
        var kura = run.Cells.Where(c => c.Target == "kura").ToList();
        if (kura.Count == 0)
        {
            return;
        }

        var client = kura.Sum(c => c.ClientCpuSeconds);
        var server = kura.Sum(c => c.ServerCpuSeconds);
        var worst = kura.MaxBy(c => c.ClientCpuSeconds / Math.Max(c.ServerCpuSeconds, 1e-3))!;
        Line(text, "### Cost of the load generator");
        Line(text, "");
        Line(text, $"Over the Kura cells the load generator used {client:F1} CPU seconds and Kura {server:F1} " +
            $"({client / server:F2}× Kura's). Highest share: {worst.Workload.Label} at {worst.Connections} conn, " +
            $"bench {worst.ClientCpuShare:F2} cores vs Kura {worst.ServerCpuShare:F2}.");
        Line(text, "");
    }

    private static string Verdict(bool met) => met ? "**met**" : "not met";
}
