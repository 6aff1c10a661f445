namespace Kizuki.Sources;

/// <summary>Source and sync log messages; event ids 1200-1299.</summary>
internal static partial class Log
{
    [LoggerMessage(1200, LogLevel.Information, "Sync {Source}: starting, changes since {Since}")]
    public static partial void SyncStarting(ILogger logger, string source, string since);

    [LoggerMessage(1201, LogLevel.Information,
        "Sync {Source}: read {Read}, new {Inserted}, written {Written}, kept newer {Skipped} in {ElapsedMs} ms")]
    public static partial void SyncFinished(
        ILogger logger, string source, long read, long inserted, long written, long skipped, long elapsedMs);

    [LoggerMessage(1202, LogLevel.Warning,
        "{Method} {Url}: rate limit reached, waiting {WaitSeconds} s until the limit resets")]
    public static partial void RateLimitWait(ILogger logger, string method, string url, double waitSeconds);

    [LoggerMessage(1203, LogLevel.Debug, "{Method} {Url}: {Status} in {ElapsedMs} ms")]
    public static partial void Request(ILogger logger, string method, string url, int status, long elapsedMs);

    [LoggerMessage(1204, LogLevel.Information, "Jira user time zone is {TimeZone}; cursor {Cursor} becomes {Local}")]
    public static partial void JiraCursor(ILogger logger, string timeZone, string cursor, string local);

    [LoggerMessage(1205, LogLevel.Error, "Sync {Source} failed: {Reason}")]
    public static partial void SyncFailed(ILogger logger, string source, string reason);

    [LoggerMessage(1210, LogLevel.Information, "Write-back {Source} {Key}: {What} accepted ({Status})")]
    public static partial void WriteBackDone(ILogger logger, string source, string key, string what, int status);

    [LoggerMessage(1211, LogLevel.Warning, "Write-back {Source} {Key}: {What} refused: {Reason}")]
    public static partial void WriteBackFailed(ILogger logger, string source, string key, string what, string reason);
}
