using Kizuki.Sources;
using Kizuki.Store;
using Spectre.Console;

namespace Kizuki.Cli;

/// <summary><c>kizuki sync</c>: pulls what changed in every configured tracker since the last sync.</summary>
internal sealed class SyncCommand
{
    private readonly IAnsiConsole _console;
    private readonly KizukiSettings _settings;
    private readonly ILoggerFactory _loggers;
    private readonly HttpClient _http;

    /// <summary>
    /// A command writing to <paramref name="console"/>; trackers are called through <paramref name="http"/>.
    /// </summary>
    public SyncCommand(IAnsiConsole console, KizukiSettings settings, ILoggerFactory loggers, HttpClient http)
    {
        _console = console;
        _settings = settings;
        _loggers = loggers;
        _http = http;
    }

    /// <summary>
    /// Syncs each source in its own transaction; one failing source does not stop the others,
    /// but makes the exit code 1.
    /// </summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var logger = _loggers.CreateLogger<SyncCommand>();
        if (_settings.Sources.Count == 0)
        {
            _console.MarkupLine("[yellow]No sources configured[/] (add them under 'sources:' in kizuki.yaml).");
            return 1;
        }

        await using var store = await StoreFactory.OpenAsync(_settings.Store, _loggers, cancellationToken);
        var runner = new SyncRunner(store, _loggers.CreateLogger<SyncRunner>());
        var failures = 0;
        foreach (var configured in _settings.Sources)
        {
            try
            {
                var source = SourceFactory.Create(SettingsLoader.Resolve(configured), _http, logger);
                var summary = await new ProgressDisplay(_console, logger).RunAsync(
                    "sync " + source.Name,
                    progress => runner.RunAsync(source, incremental: true, progress, cancellationToken));
                _console.MarkupLineInterpolated(
                    $"{source.Name}: {summary.Read} changed, {summary.Inserted} new.");
            }
            catch (SourceException ex)
            {
                failures++;
                Log.CommandFailed(logger, "sync", ex.Message);
                _console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            }
        }

        return failures == 0 ? 0 : 1;
    }
}
