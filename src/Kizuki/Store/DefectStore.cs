using System.Data.Common;
using Dapper;

namespace Kizuki.Store;

/// <summary>
/// The SQL store behind <see cref="IDefectStore"/>. The statements are shared by SQLite and
/// PostgreSQL (both take <c>ON CONFLICT ... RETURNING</c>); what differs lives in the dialect.
/// </summary>
internal sealed partial class DefectStore : IDefectStore
{
    private readonly StoreDialect _dialect;
    private readonly ILogger<DefectStore> _logger;

    /// <summary>A store over <paramref name="dialect"/>, which it disposes.</summary>
    public DefectStore(StoreDialect dialect, ILogger<DefectStore> logger)
    {
        _dialect = dialect;
        _logger = logger;
    }

    /// <inheritdoc/>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL)",
            cancellationToken: cancellationToken));
        var current = await connection.ExecuteScalarAsync<int?>(new CommandDefinition(
            "SELECT MAX(version) FROM schema_migrations", cancellationToken: cancellationToken)) ?? 0;

        foreach (var migration in _dialect.Migrations.Where(m => m.Version > current))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (version, description) VALUES (@Version, @Description)",
                migration,
                transaction,
                cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            Log.MigrationApplied(_logger, _dialect.Name, migration.Version, migration.Description);
        }
    }

    /// <inheritdoc/>
    public async Task<DateTimeOffset?> GetCursorAsync(string source, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT updated_at FROM sync_cursors WHERE source = @source";
        AddParameter(command, "@source", source);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? _dialect.FromDb(reader, 0) : null;
    }

    /// <inheritdoc/>
    public async Task<long> CountAsync(string? source, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        return await CountAsync(connection, null, source, cancellationToken);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _dialect.DisposeAsync();

    private static Task<long> CountAsync(
        DbConnection connection,
        DbTransaction? transaction,
        string? source,
        CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition(
            source is null ? "SELECT COUNT(*) FROM defects" : "SELECT COUNT(*) FROM defects WHERE source = @source",
            new { source },
            transaction,
            cancellationToken: cancellationToken));

    private static DbParameter AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
