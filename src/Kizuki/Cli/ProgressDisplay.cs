using Spectre.Console;

namespace Kizuki.Cli;

/// <summary>
/// Shows a long import or sync as a live counter in a terminal, and as a plain log line every
/// few thousand issues when output goes to a file or a container log.
/// </summary>
internal sealed class ProgressDisplay
{
    private const long LogEvery = 5000;
    private readonly IAnsiConsole _console;
    private readonly ILogger _logger;

    /// <summary>
    /// Reports to <paramref name="console"/> when it is interactive, else to <paramref name="logger"/>.
    /// </summary>
    public ProgressDisplay(IAnsiConsole console, ILogger logger)
    {
        _console = console;
        _logger = logger;
    }

    /// <summary>Runs <paramref name="work"/>, feeding its issue count to the display.</summary>
    public async Task<T> RunAsync<T>(string label, Func<IProgress<long>, Task<T>> work)
    {
        if (!_console.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
        {
            long lastLogged = 0;
            var lines = new Progress<long>(count =>
            {
                if (count - lastLogged >= LogEvery)
                {
                    lastLogged = count;
                    Log.Progress(_logger, label, count);
                }
            });
            return await work(lines);
        }

        return await _console.Progress()
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(label)).IsIndeterminate();
                var counter = new Progress<long>(
                    count => task.Description = Markup.Escape($"{label}: {count:N0} issues"));
                var result = await work(counter);
                task.StopTask();
                return result;
            });
    }
}
