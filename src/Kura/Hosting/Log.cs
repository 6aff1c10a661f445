namespace Kura.Hosting;

/// <summary>Start-up and hosting log messages; event ids 1-99. Next free id: 8.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning,
        "No root credentials configured: using the well-known default pair minioadmin/minioadmin. " +
        "Anyone who can reach this server can read and write everything. Set KURA_ROOT_USER and " +
        "KURA_ROOT_PASSWORD (or MINIO_ROOT_USER and MINIO_ROOT_PASSWORD).")]
    public static partial void DefaultCredentials(ILogger logger);

    [LoggerMessage(2, LogLevel.Information, "Start-up bucket {Bucket}: {Outcome}")]
    public static partial void StartupBucket(ILogger logger, string bucket, string outcome);

    [LoggerMessage(3, LogLevel.Information,
        "Kura is ready: S3 API on {Address}, console on {ConsoleAddress}, data in {DataDirectory}")]
    public static partial void Ready(ILogger logger, string address, string consoleAddress, string dataDirectory);

    [LoggerMessage(4, LogLevel.Error, "Garbage collection failed; will retry")]
    public static partial void GarbageCollectionFailed(ILogger logger, Exception exception);

    [LoggerMessage(6, LogLevel.Information,
        "Seeded bucket {Bucket} from {Folder}: {Added} objects added, {Kept} already present")]
    public static partial void Seeded(ILogger logger, string bucket, string folder, int added, int kept);

    [LoggerMessage(7, LogLevel.Warning, "Seed folder {Folder} is not a valid bucket name and was skipped: {Problem}")]
    public static partial void SeedSkipped(ILogger logger, string folder, string problem);

    [LoggerMessage(5, LogLevel.Information, "Root access key is {AccessKey}")]
    public static partial void RootAccessKey(ILogger logger, string accessKey);
}
