namespace Kizuki.Cli;

/// <summary>Command-line log messages; event ids 1000-1099.</summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Information, "{Label}: {Count} issues so far")]
    public static partial void Progress(ILogger logger, string label, long count);

    [LoggerMessage(1001, LogLevel.Error, "{Command} failed: {Reason}")]
    public static partial void CommandFailed(ILogger logger, string command, string reason);
}
