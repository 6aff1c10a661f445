namespace Kura.Storage;

/// <summary>Storage log messages; event ids 1000-1099. Next free id: 1006.</summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Warning, "Could not write the clean-shutdown marker")]
    public static partial void CleanShutdownMarkerFailed(ILogger logger, Exception exception);

    [LoggerMessage(1001, LogLevel.Warning, "Could not delete garbage blob {BlobId}; will retry")]
    public static partial void BlobDeleteFailed(ILogger logger, string blobId, Exception exception);

    [LoggerMessage(1002, LogLevel.Information, "Removed {Count} staged uploads left by the previous run")]
    public static partial void StagingCleared(ILogger logger, int count);

    [LoggerMessage(1003, LogLevel.Warning,
        "The previous run did not stop cleanly; sweeping blobs that no object refers to")]
    public static partial void SweepStarted(ILogger logger);

    [LoggerMessage(1004, LogLevel.Information, "Orphan sweep removed {Count} blobs in {ElapsedMs} ms")]
    public static partial void SweepFinished(ILogger logger, int count, long elapsedMs);

    [LoggerMessage(1005, LogLevel.Information, "Storage opened at {Root}: {Buckets} buckets")]
    public static partial void Opened(ILogger logger, string root, int buckets);
}
