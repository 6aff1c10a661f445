using System.Data;
using System.Data.Common;
using System.Text.Json;
using Kizuki.Model;

namespace Kizuki.Store;

/// <summary>
/// Prepared statements for writing issues inside one transaction; built once per write so a
/// million-issue import does not re-parse SQL per row.
/// </summary>
internal sealed class DefectWriter : IAsyncDisposable
{
    private const string UpsertSql = """
        INSERT INTO defects (source, key, url, title, state, status, created_at, closed_at, updated_at,
                             type, priority, resolution, component, assignee, milestone, fields, body)
        VALUES (@source, @key, @url, @title, @state, @status, @created_at, @closed_at, @updated_at,
                @type, @priority, @resolution, @component, @assignee, @milestone, @fields, @body)
        ON CONFLICT (source, key) DO UPDATE SET
            url = excluded.url, title = excluded.title, state = excluded.state, status = excluded.status,
            created_at = excluded.created_at, closed_at = excluded.closed_at, updated_at = excluded.updated_at,
            type = excluded.type, priority = excluded.priority, resolution = excluded.resolution,
            component = excluded.component, assignee = excluded.assignee, milestone = excluded.milestone,
            fields = excluded.fields, body = excluded.body
        WHERE excluded.updated_at >= defects.updated_at
        RETURNING id
        """;

    private static readonly string[] TextColumns =
    [
        "source", "key", "url", "title", "state", "status", "type", "priority", "resolution", "component",
        "assignee", "milestone", "fields", "body",
    ];

    private readonly StoreDialect _dialect;
    private readonly DbCommand _upsert;
    private readonly DbCommand _deleteLabels;
    private readonly DbCommand _insertLabel;

    private DefectWriter(StoreDialect dialect, DbCommand upsert, DbCommand deleteLabels, DbCommand insertLabel)
    {
        _dialect = dialect;
        _upsert = upsert;
        _deleteLabels = deleteLabels;
        _insertLabel = insertLabel;
    }

    /// <summary>Builds and prepares the statements on <paramref name="connection"/>.</summary>
    public static async Task<DefectWriter> CreateAsync(
        DbConnection connection,
        DbTransaction transaction,
        StoreDialect dialect,
        CancellationToken cancellationToken)
    {
        var upsert = Command(connection, transaction, UpsertSql);
        foreach (var column in TextColumns)
        {
            Parameter(upsert, column, DbType.String);
        }

        foreach (var column in (string[])["created_at", "closed_at", "updated_at"])
        {
            Parameter(upsert, column, dialect.TimeDbType);
        }

        var deleteLabels = Command(connection, transaction, "DELETE FROM defect_labels WHERE defect_id = @id");
        Parameter(deleteLabels, "id", DbType.Int64);
        var insertLabel = Command(
            connection, transaction, "INSERT INTO defect_labels (defect_id, label) VALUES (@id, @label)");
        Parameter(insertLabel, "id", DbType.Int64);
        Parameter(insertLabel, "label", DbType.String);

        await upsert.PrepareAsync(cancellationToken);
        await deleteLabels.PrepareAsync(cancellationToken);
        await insertLabel.PrepareAsync(cancellationToken);
        return new DefectWriter(dialect, upsert, deleteLabels, insertLabel);
    }

    /// <summary>Inserts or replaces one issue; false when the stored copy is newer and was kept.</summary>
    public async Task<bool> UpsertAsync(Defect defect, CancellationToken cancellationToken)
    {
        var p = _upsert.Parameters;
        p["@source"].Value = defect.Source;
        p["@key"].Value = defect.Key;
        p["@url"].Value = (object?)defect.Url ?? DBNull.Value;
        p["@title"].Value = defect.Title;
        p["@state"].Value = defect.State == IssueState.Closed ? "closed" : "open";
        p["@status"].Value = (object?)defect.Status ?? DBNull.Value;
        p["@created_at"].Value = _dialect.ToDb(defect.CreatedAt);
        p["@closed_at"].Value = _dialect.ToDb(defect.ClosedAt);
        p["@updated_at"].Value = _dialect.ToDb(defect.UpdatedAt);
        p["@type"].Value = (object?)defect.Type ?? DBNull.Value;
        p["@priority"].Value = (object?)defect.Priority ?? DBNull.Value;
        p["@resolution"].Value = (object?)defect.Resolution ?? DBNull.Value;
        p["@component"].Value = (object?)defect.Component ?? DBNull.Value;
        p["@assignee"].Value = (object?)defect.Assignee ?? DBNull.Value;
        p["@milestone"].Value = (object?)defect.Milestone ?? DBNull.Value;
        p["@body"].Value = (object?)defect.Body ?? DBNull.Value;
        p["@fields"].Value = defect.Fields.Count == 0 ? DBNull.Value : JsonSerializer.Serialize(defect.Fields);

        var id = await _upsert.ExecuteScalarAsync(cancellationToken);
        if (id is null or DBNull)
        {
            return false;
        }

        // Labels are replaced wholesale so that a label removed upstream disappears here too.
        _deleteLabels.Parameters["@id"].Value = id;
        await _deleteLabels.ExecuteNonQueryAsync(cancellationToken);
        _insertLabel.Parameters["@id"].Value = id;
        foreach (var label in defect.Labels.Distinct(StringComparer.Ordinal))
        {
            _insertLabel.Parameters["@label"].Value = label;
            await _insertLabel.ExecuteNonQueryAsync(cancellationToken);
        }

        return true;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _upsert.DisposeAsync();
        await _deleteLabels.DisposeAsync();
        await _insertLabel.DisposeAsync();
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Parameter(DbCommand command, string name, DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.DbType = type;
        parameter.Value = DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
