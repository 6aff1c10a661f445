using Spectre.Console;

namespace Kizuki.Cli;

/// <summary>Log output for command-line runs.</summary>
internal static class Logging
{
    /// <summary>
    /// Single-line console logs. In a terminal only warnings show (progress and results are
    /// drawn by the console); otherwise every information line shows, for container logs.
    /// </summary>
    public static ILoggerFactory Create(IAnsiConsole console)
    {
        var interactive = console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected;
        return LoggerFactory.Create(builder => builder
            .AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss'Z' ";
                options.UseUtcTimestamp = true;
            })
            .SetMinimumLevel(interactive ? LogLevel.Warning : LogLevel.Information));
    }
}
