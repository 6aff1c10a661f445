namespace Kizuki.Hosting;

/// <summary>Schedule log messages; event ids 1400-1499.</summary>
internal static partial class Log
{
    [LoggerMessage(1400, LogLevel.Information, "Job {Job} scheduled '{Cron}' in {TimeZone}; next run {Next}")]
    public static partial void Scheduled(ILogger logger, string job, string cron, string timeZone, string next);

    [LoggerMessage(1401, LogLevel.Information, "Job {Job} starting")]
    public static partial void JobStarting(ILogger logger, string job);

    [LoggerMessage(1402, LogLevel.Information, "Job {Job} finished in {ElapsedMs} ms")]
    public static partial void JobFinished(ILogger logger, string job, long elapsedMs);

    [LoggerMessage(1403, LogLevel.Error, "Job {Job} failed; the schedule continues")]
    public static partial void JobFailed(ILogger logger, Exception exception, string job);
}
