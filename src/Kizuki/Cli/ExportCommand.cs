using Amazon.S3;
using Kizuki.Export;
using Kizuki.Sources;
using Kizuki.Store;
using Kizuki.Taxonomy;
using Spectre.Console;

namespace Kizuki.Cli;

/// <summary>
/// <c>kizuki export</c>: writes the day's spreadsheet and CSVs, then uploads them when S3 is configured.
/// </summary>
internal sealed class ExportCommand
{
    private readonly IAnsiConsole _console;
    private readonly KizukiSettings _settings;
    private readonly ILoggerFactory _loggers;

    /// <summary>A command writing to <paramref name="console"/> with <paramref name="settings"/>.</summary>
    public ExportCommand(IAnsiConsole console, KizukiSettings settings, ILoggerFactory loggers)
    {
        _console = console;
        _settings = settings;
        _loggers = loggers;
    }

    /// <summary>Exports for <paramref name="day"/> (today in the team's zone when null).</summary>
    public async Task<int> RunAsync(DateOnly? day, bool upload, CancellationToken cancellationToken)
    {
        var logger = _loggers.CreateLogger<ExportCommand>();
        try
        {
            var zone = _settings.Zone();
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
            var exportDay = day ?? today;
            var taxonomy = TaxonomyLoader.Load(_settings.Taxonomy);
            await using var store = await StoreFactory.OpenAsync(_settings.Store, _loggers, cancellationToken);
            var export = new DailyExport(store, taxonomy, _loggers.CreateLogger<DailyExport>());
            var result = await export.RunAsync(
                new ExportOptions
                {
                    OutputDirectory = _settings.Export.Directory,
                    Day = exportDay,
                    TimeZone = zone,
                    DefectsOnly = _settings.Export.DefectsOnly,
                    Language = _settings.Language,
                },
                cancellationToken);
            _console.MarkupLineInterpolated($"Wrote {result.DefectCount} issues to {result.Xlsx} and CSV.");

            if (upload && SettingsLoader.ResolveS3(_settings) is { } s3)
            {
                using var publisher = new S3Publisher(s3, _loggers.CreateLogger<S3Publisher>());
                var keys = await publisher.PublishAsync(result.Files, exportDay, cancellationToken);
                _console.MarkupLineInterpolated($"Uploaded {keys.Count} objects to {s3.Endpoint}/{s3.Bucket}.");
            }

            return 0;
        }
        catch (Exception ex) when (ex is SourceException or TaxonomyException or AmazonS3Exception or IOException)
        {
            Log.CommandFailed(logger, "export", ex.Message);
            _console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return 1;
        }
    }
}
