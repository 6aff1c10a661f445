using Kizuki.Model;

namespace Kizuki.Store;

/// <content>Writing issues and moving sync cursors.</content>
internal sealed partial class DefectStore
{
    private const int ProgressEvery = 500;

    /// <inheritdoc/>
    public async Task<WriteSummary> WriteAsync(
        IAsyncEnumerable<Defect> defects,
        string? cursorSource,
        IProgress<long>? progress,
        CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await CountAsync(connection, transaction, null, cancellationToken);
        long read = 0, written = 0, skipped = 0;
        DateTimeOffset? newest = null;

        await using (var writer = await DefectWriter.CreateAsync(connection, transaction, _dialect, cancellationToken))
        {
            await foreach (var defect in defects.WithCancellation(cancellationToken))
            {
                read++;
                if (await writer.UpsertAsync(defect, cancellationToken))
                {
                    written++;
                }
                else
                {
                    skipped++;
                }

                newest = newest is { } n && n >= defect.UpdatedAt ? n : defect.UpdatedAt;
                if (read % ProgressEvery == 0)
                {
                    progress?.Report(read);
                }
            }
        }

        if (cursorSource is not null && newest is { } cursor)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO sync_cursors (source, updated_at) VALUES (@source, @at)
                ON CONFLICT (source) DO UPDATE SET updated_at = excluded.updated_at
                WHERE excluded.updated_at > sync_cursors.updated_at
                """;
            AddParameter(command, "@source", cursorSource);
            AddParameter(command, "@at", _dialect.ToDb(cursor)).DbType = _dialect.TimeDbType;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await BumpRevisionAsync(connection, transaction, cancellationToken);
        var after = await CountAsync(connection, transaction, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        progress?.Report(read);
        return new WriteSummary(read, after - before, written, skipped);
    }
}
