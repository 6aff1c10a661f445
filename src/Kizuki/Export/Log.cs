namespace Kizuki.Export;

/// <summary>Export and publishing log messages; event ids 1300-1399.</summary>
internal static partial class Log
{
    [LoggerMessage(1300, LogLevel.Information,
        "Exported {DefectCount} issues and {CountRows} daily count rows to {Path} in {ElapsedMs} ms")]
    public static partial void Exported(ILogger logger, int defectCount, int countRows, string path, long elapsedMs);

    [LoggerMessage(1301, LogLevel.Information, "Uploaded {Path} to s3://{Bucket}/{Key} ({Bytes} bytes)")]
    public static partial void Uploaded(ILogger logger, string path, string bucket, string key, long bytes);
}
