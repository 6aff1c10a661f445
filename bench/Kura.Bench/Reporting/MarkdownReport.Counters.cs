using System.Text;

namespace Kura.Bench.Reporting;

internal static partial class MarkdownReport
{
    /// <summary>What Kura's PUTs waited on, from the storage series of its own /metrics.</summary>
    private static void PutCounters(StringBuilder text, RunResults run)
    {
        if (run.KuraPutCounters.Count == 0)
        {
            return;
        }

        Line(text, "### What Kura's PUTs waited on (its own counters, per cell)");
        Line(text, "");
        Line(text, "| workload | conns | PUT p50 ms | group commits | writes per commit | commit ms (mean) "
            + "| staged files | fsync after last byte ms (mean) | hash after last byte ms (mean) |");
        Line(text, "|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var ((size, connections), c) in run.KuraPutCounters.OrderBy(e => e.Key))
        {
            var cell = run.Find("kura", true, size, connections);
            var p50 = cell is null ? "n/a" : $"{cell.MedianMs:F2}";
            var perCommit = Mean(c.CommittedWrites, c.Commits, 1);
            var commitMs = Mean(c.CommitSeconds, c.Commits, 1000);
            var syncMs = Mean(c.SyncSeconds, c.Syncs, 1000);
            var hashMs = Mean(c.HashSeconds, c.Hashes, 1000);
            Line(text, $"| {Load.Workload.SizeLabel(size)} PUT | {connections} | {p50} | {c.Commits:F0} "
                + $"| {perCommit:F1} | {commitMs:F2} | {c.Syncs:F0} | {syncMs:F1} | {hashMs:F1} |");
        }

        Line(text, "");
        Line(text, "A PUT is acknowledged after its group commit; a body over 64 KiB is first staged");
        Line(text, "to a file (\"staged files\"), which is fsynced and its MD5 finished after the last");
        Line(text, "byte arrives, before that commit. Counts include each worker's untimed first request.");
        Line(text, "");
    }

    private static double Mean(double sum, double count, double scale) =>
        count > 0 ? sum / count * scale : 0;
}
