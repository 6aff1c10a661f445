namespace Kura.Protocol;

/// <summary>Request log messages; event ids 100-199. Next free id: 104.</summary>
internal static partial class Log
{
    [LoggerMessage(100, LogLevel.Information,
        "{RequestId} {AccessKey} {Method} {Operation} bucket={Bucket} key={Key} status={Status} " +
        "error={ErrorCode} in={BytesIn} out={BytesOut} duration_ms={DurationMs:F1}")]
    public static partial void RequestCompleted(
        ILogger logger,
        string requestId,
        string accessKey,
        string method,
        S3Operation operation,
        string? bucket,
        string? key,
        int status,
        string? errorCode,
        long bytesIn,
        long bytesOut,
        double durationMs);

    [LoggerMessage(101, LogLevel.Error, "{RequestId} {Operation} bucket={Bucket} key={Key} failed unexpectedly")]
    public static partial void RequestFailed(
        ILogger logger,
        Exception exception,
        string requestId,
        S3Operation operation,
        string? bucket,
        string? key);

    [LoggerMessage(102, LogLevel.Information, "{RequestId} {Operation} bucket={Bucket} key={Key}: client went away")]
    public static partial void ClientAborted(
        ILogger logger,
        string requestId,
        S3Operation operation,
        string? bucket,
        string? key);

    [LoggerMessage(103, LogLevel.Error, "{RequestId} the data volume is full; {Operation} on {Bucket}/{Key} refused")]
    public static partial void StorageFull(
        ILogger logger,
        string requestId,
        S3Operation operation,
        string? bucket,
        string? key);
}
