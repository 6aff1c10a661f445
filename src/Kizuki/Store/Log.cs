namespace Kizuki.Store;

/// <summary>Store log messages; event ids 1100-1199.</summary>
internal static partial class Log
{
    [LoggerMessage(1100, LogLevel.Information, "Store {Dialect}: applied migration {Version} ({Description})")]
    public static partial void MigrationApplied(ILogger logger, string dialect, int version, string description);
}
