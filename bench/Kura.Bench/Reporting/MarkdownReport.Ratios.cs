using System.Text;
using Kura.Bench.Load;

namespace Kura.Bench.Reporting;

internal static partial class MarkdownReport
{
    private const long Small = 4 * 1024;
    private const long Large = 64 * 1024 * 1024;

    private static void Ratios(StringBuilder text, RunResults run)
    {
        Line(text, "### Ratios against the targets");
        Line(text, "");
        var header = string.Join(" | ", run.Connections.Select(c => $"{c} conn"));
        Line(text, $"| ratio | {header} | target | verdict |");
        Line(text, $"|---|{string.Concat(run.Connections.Select(_ => "---:|"))}---|---|");

        foreach (var peer in new[] { "moto", "s3rver" })
        {
            PeerRatio(text, run, $"4 KiB PUT ops/s, kura / {peer}", true, Small, peer, c => c.OpsPerSecond, 20);
            PeerRatio(text, run, $"4 KiB GET ops/s, kura / {peer}", false, Small, peer, c => c.OpsPerSecond, 20);
        }

        PeerRatio(text, run, "4 KiB GET ops/s, kura / nginx", false, Small, "nginx", c => c.OpsPerSecond, 0.5);
        PeerRatio(text, run, "64 MiB GET MB/s, kura / nginx", false, Large, "nginx", c => c.MegabytesPerSecond, 0.8);

        LargePutRatio(text, run);
        Line(text, "");
        Line(text, "A verdict is per connection count; \"met\" means at every count the run used.");
        Line(text, "");
        Headroom(text, run);
    }

    /// <summary>
    /// 64 MiB PUT over the fdatasync rate measured around the same cell, or over the one measured
    /// at the start of the run when a cell has no bracket (an older run, or --only).
    /// </summary>
    private static void LargePutRatio(StringBuilder text, RunResults run)
    {
        var ratios = run.Connections.Select(n =>
        {
            var ceiling = run.DiskBesideLargePut.TryGetValue(n, out var bracket)
                ? bracket.Mean
                : run.FdatasyncMegabytesPerSecond;
            return run.Find("kura", true, Large, n) is { } kura && ceiling is > 0
                ? kura.MegabytesPerSecond / ceiling
                : (double?)null;
        }).ToList();
        var ceilings = run.Connections.Select(n =>
            run.DiskBesideLargePut.TryGetValue(n, out var b) ? $"{b.Before:F0}/{b.After:F0}" : "start");
        var name = "64 MiB PUT MB/s, kura / fdatasync "
            + $"(dd before/after the cell: {string.Join(", ", ceilings)} MB/s)";
        RatioRow(text, name, run.Connections, ratios, 0.7);
    }

    /// <summary>
    /// What the machine allows at best: nginx over a peer bounds any server's ratio over that peer
    /// with the same client on the same cores, and O_DSYNC writes bound one-fsync-per-PUT servers.
    /// </summary>
    private static void Headroom(StringBuilder text, RunResults run)
    {
        Line(text, "Context, no targets: the best ratio this machine allows in the same run.");
        Line(text, "");
        Line(text, $"| ceiling | {string.Join(" | ", run.Connections.Select(c => $"{c} conn"))} |");
        Line(text, $"|---|{string.Concat(run.Connections.Select(_ => "---:|"))}");
        foreach (var peer in new[] { "moto", "s3rver" })
        {
            var ratios = run.Connections.Select(n =>
                run.Find("nginx", false, Small, n) is { } nginx
                    && run.Find(peer, false, Small, n) is { Ops: > 0 } other
                        ? $"{nginx.OpsPerSecond / other.OpsPerSecond:0.0}×"
                        : "n/a");
            Line(text, $"| 4 KiB GET ops/s, nginx / {peer} | {string.Join(" | ", ratios)} |");
        }

        if (run.DsyncWritesPerSecond is { } dsync)
        {
            var ratios = run.Connections.Select(n =>
                run.Find("kura", true, Small, n) is { } kura ? $"{kura.OpsPerSecond / dsync:0.00}×" : "n/a");
            Line(text, $"| 4 KiB PUT ops/s, kura / 4 KiB O_DSYNC writes ({dsync:F0}/s) "
                + $"| {string.Join(" | ", ratios)} |");
        }

        Line(text, "");
    }

    private static void PeerRatio(
        StringBuilder text,
        RunResults run,
        string name,
        bool isPut,
        long size,
        string peer,
        Func<CellResult, double> figure,
        double target)
    {
        var ratios = run.Connections.Select(n =>
            run.Find("kura", isPut, size, n) is { } kura && run.Find(peer, isPut, size, n) is { } other
                && other.Ops > 0
                ? figure(kura) / figure(other)
                : (double?)null).ToList();
        RatioRow(text, name, run.Connections, ratios, target);
    }

    private static void RatioRow(
        StringBuilder text,
        string name,
        int[] connections,
        List<double?> ratios,
        double target)
    {
        if (ratios.All(r => r is null))
        {
            var missing = string.Join(" | ", connections.Select(_ => "n/a"));
            Line(text, $"| {name} | {missing} | ≥ {target:0.##}× | not measured |");
            return;
        }

        var cells = ratios.Select(r => r is { } v ? $"{v:0.00}×" : "n/a");
        var met = connections.Where((_, i) => ratios[i] >= target).ToList();
        var verdict = met.Count == connections.Length
            ? "**met**"
            : met.Count == 0
                ? "not met"
                : $"met at {string.Join(", ", met)} conn only";
        Line(text, $"| {name} | {string.Join(" | ", cells)} | ≥ {target:0.##}× | {verdict} |");
    }
}
