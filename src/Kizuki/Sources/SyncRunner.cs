using System.Globalization;
using Kizuki.Store;

namespace Kizuki.Sources;

/// <summary>Runs a source into the store from its last cursor, in one transaction.</summary>
internal sealed class SyncRunner
{
    private readonly IDefectStore _store;
    private readonly ILogger<SyncRunner> _logger;

    /// <summary>Syncs into <paramref name="store"/>.</summary>
    public SyncRunner(IDefectStore store, ILogger<SyncRunner> logger)
    {
        _store = store;
        _logger = logger;
    }

    /// <summary>
    /// Reads what changed in <paramref name="source"/> since its cursor and writes it. When
    /// <paramref name="incremental"/> is false (file imports) no cursor is read or moved.
    /// </summary>
    /// <exception cref="SourceException">The source failed; nothing was written.</exception>
    public async Task<WriteSummary> RunAsync(
        IDefectSource source,
        bool incremental,
        IProgress<long>? progress,
        CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        var since = incremental ? await _store.GetCursorAsync(source.Name, cancellationToken) : null;
        Log.SyncStarting(_logger, source.Name, since?.ToString("O", CultureInfo.InvariantCulture) ?? "the beginning");

        try
        {
            var summary = await _store.WriteAsync(
                source.ReadAsync(since, cancellationToken),
                incremental ? source.Name : null,
                progress,
                cancellationToken);
            var elapsed = (long)TimeProvider.System.GetElapsedTime(started).TotalMilliseconds;
            Log.SyncFinished(
                _logger, source.Name, summary.Read, summary.Inserted, summary.Written, summary.SkippedOlder, elapsed);
            return summary;
        }
        catch (SourceException ex)
        {
            Log.SyncFailed(_logger, source.Name, ex.Message);
            throw;
        }
    }
}
