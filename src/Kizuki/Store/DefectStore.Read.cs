using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Kizuki.Model;

namespace Kizuki.Store;

/// <content>Reading issues back.</content>
internal sealed partial class DefectStore
{
    private const char LabelSeparator = '\u001f';

    /// <inheritdoc/>
    public async IAsyncEnumerable<Defect> ReadAsync(
        string? source,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT d.source, d.key, d.url, d.title, d.state, d.status, d.created_at, d.closed_at, d.updated_at,
                   d.type, d.priority, d.resolution, d.component, d.assignee, d.milestone, d.fields, l.labels
            FROM defects d
            LEFT JOIN (SELECT defect_id, {_dialect.LabelAggregate} AS labels
                       FROM defect_labels GROUP BY defect_id) l ON l.defect_id = d.id
            {(source is null ? string.Empty : "WHERE d.source = @source")}
            ORDER BY d.id
            """;
        if (source is not null)
        {
            AddParameter(command, "@source", source);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ReadDefect(reader);
        }
    }

    private Defect ReadDefect(DbDataReader reader)
    {
        var labels = Text(reader, 16)?.Split(LabelSeparator) ?? [];
        Array.Sort(labels, StringComparer.Ordinal);
        var fields = Text(reader, 15) is { } json
            ? JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? []
            : [];

        return new Defect
        {
            Source = reader.GetString(0),
            Key = reader.GetString(1),
            Url = Text(reader, 2),
            Title = reader.GetString(3),
            State = reader.GetString(4) == "closed" ? IssueState.Closed : IssueState.Open,
            Status = Text(reader, 5),
            CreatedAt = _dialect.FromDb(reader, 6),
            ClosedAt = reader.IsDBNull(7) ? null : _dialect.FromDb(reader, 7),
            UpdatedAt = _dialect.FromDb(reader, 8),
            Type = Text(reader, 9),
            Priority = Text(reader, 10),
            Resolution = Text(reader, 11),
            Component = Text(reader, 12),
            Assignee = Text(reader, 13),
            Milestone = Text(reader, 14),
            Fields = fields,
            Labels = labels,
        };
    }

    private static string? Text(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
