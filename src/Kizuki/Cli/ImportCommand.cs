using Kizuki.Sources;
using Kizuki.Sources.Files;
using Kizuki.Store;
using Spectre.Console;

namespace Kizuki.Cli;

/// <summary><c>kizuki import FILE</c>: loads an export file into the store in one transaction.</summary>
internal sealed class ImportCommand
{
    private readonly IAnsiConsole _console;
    private readonly KizukiSettings _settings;
    private readonly ILoggerFactory _loggers;

    /// <summary>A command writing to <paramref name="console"/> with <paramref name="settings"/>.</summary>
    public ImportCommand(IAnsiConsole console, KizukiSettings settings, ILoggerFactory loggers)
    {
        _console = console;
        _settings = settings;
        _loggers = loggers;
    }

    /// <summary>Imports <paramref name="file"/>; returns the process exit code.</summary>
    public async Task<int> RunAsync(string file, FileImportOptions options, CancellationToken cancellationToken)
    {
        var logger = _loggers.CreateLogger<ImportCommand>();
        try
        {
            var source = new FileSource(file, options);
            await using var store = await StoreFactory.OpenAsync(_settings.Store, _loggers, cancellationToken);
            var runner = new SyncRunner(store, _loggers.CreateLogger<SyncRunner>());
            var summary = await new ProgressDisplay(_console, logger).RunAsync(
                $"import {Path.GetFileName(file)}",
                progress => runner.RunAsync(source, incremental: false, progress, cancellationToken));
            var updated = summary.Written - summary.Inserted;
            var message = $"Imported {summary.Read} issues from {file} ({source.Format}): "
                + $"{summary.Inserted} new, {updated} updated, {summary.SkippedOlder} kept (stored copy newer).";
            _console.MarkupLine(Markup.Escape(message));
            return 0;
        }
        catch (SourceException ex)
        {
            return Fail(logger, ex.Message);
        }
    }

    private int Fail(ILogger logger, string reason)
    {
        Log.CommandFailed(logger, "import", reason);
        _console.MarkupLineInterpolated($"[red]error:[/] {reason}");
        return 1;
    }
}
