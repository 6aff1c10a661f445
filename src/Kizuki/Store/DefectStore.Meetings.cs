using System.Data.Common;
using Dapper;
using Kizuki.Model;

namespace Kizuki.Store;

/// <content>Meetings, decisions and the store revision.</content>
internal sealed partial class DefectStore
{
    private const string DecisionColumns =
        "id, meeting_id, defect_id, dimension, value, decided_by, decided_at, write_status, write_detail";

    /// <inheritdoc/>
    public async Task<long> GetRevisionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT revision FROM store_revision WHERE id = 1", cancellationToken: cancellationToken));
    }

    /// <inheritdoc/>
    public async Task<Meeting> StartMeetingAsync(
        string startedBy,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var previous = (await ListMeetingsAsync(1, cancellationToken)).FirstOrDefault();
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO meetings (started_at, started_by, since) VALUES (@at, @by, @since) RETURNING id
            """;
        AddParameter(command, "@at", _dialect.ToDb(now)).DbType = _dialect.TimeDbType;
        AddParameter(command, "@by", startedBy);
        AddParameter(command, "@since", _dialect.ToDb(previous?.StartedAt)).DbType = _dialect.TimeDbType;
        var id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), null);
        return new Meeting(id, now, startedBy, previous?.StartedAt, null);
    }

    /// <inheritdoc/>
    public async Task<Meeting?> GetMeetingAsync(long id, CancellationToken cancellationToken)
    {
        var found = await QueryMeetingsAsync("WHERE id = @id", id, 1, cancellationToken);
        return found.FirstOrDefault();
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Meeting>> ListMeetingsAsync(int limit, CancellationToken cancellationToken) =>
        QueryMeetingsAsync(string.Empty, null, limit, cancellationToken);

    /// <inheritdoc/>
    public async Task EndMeetingAsync(long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE meetings SET ended_at = @at WHERE id = @id AND ended_at IS NULL";
        AddParameter(command, "@at", _dialect.ToDb(now)).DbType = _dialect.TimeDbType;
        AddParameter(command, "@id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<Decision> AddDecisionAsync(Decision decision, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO decisions (meeting_id, defect_id, dimension, value, decided_by, decided_at, write_status)
            VALUES (@meeting, @defect, @dimension, @value, @by, @at, @status) RETURNING id
            """;
        AddParameter(command, "@meeting", decision.MeetingId);
        AddParameter(command, "@defect", decision.DefectId);
        AddParameter(command, "@dimension", decision.Dimension);
        AddParameter(command, "@value", decision.Value);
        AddParameter(command, "@by", decision.DecidedBy);
        AddParameter(command, "@at", _dialect.ToDb(decision.DecidedAt)).DbType = _dialect.TimeDbType;
        AddParameter(command, "@status", decision.WriteStatus);
        var id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), null);
        await BumpRevisionAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return decision with { Id = id };
    }

    /// <inheritdoc/>
    public async Task SetWriteResultAsync(
        long decisionId,
        string status,
        string? detail,
        CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE decisions SET write_status = @status, write_detail = @detail WHERE id = @decisionId",
            new { status, detail, decisionId },
            cancellationToken: cancellationToken));
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Decision>> ListDecisionsAsync(
        long? meetingId,
        CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {DecisionColumns} FROM decisions "
            + (meetingId is null ? string.Empty : "WHERE meeting_id = @meeting ") + "ORDER BY id";
        if (meetingId is not null)
        {
            AddParameter(command, "@meeting", meetingId);
        }

        var decisions = new List<Decision>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            decisions.Add(new Decision
            {
                Id = reader.GetInt64(0),
                MeetingId = reader.IsDBNull(1) ? null : reader.GetInt64(1),
                DefectId = reader.GetInt64(2),
                Dimension = reader.GetString(3),
                Value = reader.GetString(4),
                DecidedBy = reader.GetString(5),
                DecidedAt = _dialect.FromDb(reader, 6),
                WriteStatus = reader.GetString(7),
                WriteDetail = Text(reader, 8),
            });
        }

        return decisions;
    }

    private async Task<IReadOnlyList<Meeting>> QueryMeetingsAsync(
        string where,
        long? id,
        int limit,
        CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, started_at, started_by, since, ended_at FROM meetings "
            + where + " ORDER BY id DESC LIMIT @limit";
        AddParameter(command, "@limit", limit);
        if (id is not null)
        {
            AddParameter(command, "@id", id);
        }

        var meetings = new List<Meeting>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            meetings.Add(new Meeting(
                reader.GetInt64(0),
                _dialect.FromDb(reader, 1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : _dialect.FromDb(reader, 3),
                reader.IsDBNull(4) ? null : _dialect.FromDb(reader, 4)));
        }

        return meetings;
    }

    private static Task BumpRevisionAsync(
        DbConnection connection,
        DbTransaction transaction,
        CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "UPDATE store_revision SET revision = revision + 1 WHERE id = 1",
            transaction: transaction,
            cancellationToken: cancellationToken));
}
