using Kizuki.Model;

namespace Kizuki.Store;

/// <summary>Where issues are kept between syncs: SQLite for one person, PostgreSQL for a team.</summary>
internal interface IDefectStore : IMeetingStore, IAsyncDisposable
{
    /// <summary>Brings the schema up to the newest migration; safe to call on every start.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Writes every issue in one transaction: new ones are inserted, known ones replaced (labels
    /// included) unless the stored copy is newer. If reading <paramref name="defects"/> fails,
    /// nothing is written. When <paramref name="cursorSource"/> is given, that source's sync
    /// cursor moves to the newest update seen, in the same transaction.
    /// </summary>
    Task<WriteSummary> WriteAsync(
        IAsyncEnumerable<Defect> defects,
        string? cursorSource,
        IProgress<long>? progress,
        CancellationToken cancellationToken);

    /// <summary>Streams the stored issues (of one source, or all), oldest row first.</summary>
    IAsyncEnumerable<Defect> ReadAsync(string? source, CancellationToken cancellationToken);

    /// <summary>The newest update time synced from <paramref name="source"/>, or null before the first sync.</summary>
    Task<DateTimeOffset?> GetCursorAsync(string source, CancellationToken cancellationToken);

    /// <summary>How many issues are stored (of one source, or all).</summary>
    Task<long> CountAsync(string? source, CancellationToken cancellationToken);
}
