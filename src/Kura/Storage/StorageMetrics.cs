using Prometheus;

namespace Kura.Storage;

/// <summary>
/// Prometheus series for what a write waits on: the index's group commits (each one a WAL
/// fsync) and the end of a large upload. They tell a slow disk from a slow server.
/// </summary>
internal static class StorageMetrics
{
    private static readonly Histogram CommitDuration = Metrics.CreateHistogram(
        "kura_storage_index_commit_seconds",
        "Time of one group commit of the index, its fsync included.",
        new HistogramConfiguration { Buckets = Histogram.ExponentialBuckets(0.0001, 2, 16) });

    private static readonly Histogram CommitSize = Metrics.CreateHistogram(
        "kura_storage_index_commit_writes",
        "Writes (PUTs, deletes, ...) made durable together by one group commit.",
        new HistogramConfiguration { Buckets = Histogram.ExponentialBuckets(1, 2, 9) });

    private static readonly Histogram UploadTail = Metrics.CreateHistogram(
        "kura_storage_upload_tail_seconds",
        "For a body staged to a file: time from its last byte until its fsync (step=sync) "
            + "or its hashing (step=hash) finished.",
        new HistogramConfiguration
        {
            LabelNames = ["step"],
            Buckets = Histogram.ExponentialBuckets(0.0005, 2, 14),
        });

    public static void GroupCommitted(int writes, TimeSpan duration)
    {
        CommitSize.Observe(writes);
        CommitDuration.Observe(duration.TotalSeconds);
    }

    public static void StagedFileSynced(TimeSpan sinceLastByte) =>
        UploadTail.WithLabels("sync").Observe(sinceLastByte.TotalSeconds);

    public static void StagedFileHashed(TimeSpan sinceLastByte) =>
        UploadTail.WithLabels("hash").Observe(sinceLastByte.TotalSeconds);
}
