using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Kizuki.Model;

namespace Kizuki.Store;

/// <content>Reading issues back.</content>
internal sealed partial class DefectStore
{
    private const char LabelSeparator = '\u001f';

    private const string Columns = """
        d.id, d.source, d.key, d.url, d.title, d.state, d.status, d.created_at, d.closed_at, d.updated_at,
        d.type, d.priority, d.resolution, d.component, d.assignee, d.milestone, d.fields, l.labels
        """;

    /// <inheritdoc/>
    public async IAsyncEnumerable<Defect> ReadAsync(
        string? source,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns}
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

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Defect>> GetDefectsAsync(
        IReadOnlyCollection<long> ids,
        CancellationToken cancellationToken)
    {
        var found = new List<Defect>();
        if (ids.Count == 0)
        {
            return found;
        }

        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var names = ids.Select((id, i) => "@id" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        command.CommandText = $"""
            SELECT {Columns}, d.body
            FROM defects d
            LEFT JOIN (SELECT defect_id, {_dialect.LabelAggregate} AS labels
                       FROM defect_labels WHERE defect_id IN ({string.Join(", ", names)})
                       GROUP BY defect_id) l ON l.defect_id = d.id
            WHERE d.id IN ({string.Join(", ", names)})
            """;
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            AddParameter(command, names[i], id);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(ReadDefect(reader) with { Body = Text(reader, 18) });
        }

        return found;
    }

    private Defect ReadDefect(DbDataReader reader)
    {
        var labels = Text(reader, 17)?.Split(LabelSeparator) ?? [];
        Array.Sort(labels, StringComparer.Ordinal);
        var fields = Text(reader, 16) is { } json
            ? JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? []
            : [];

        return new Defect
        {
            Id = reader.GetInt64(0),
            Source = reader.GetString(1),
            Key = reader.GetString(2),
            Url = Text(reader, 3),
            Title = reader.GetString(4),
            State = reader.GetString(5) == "closed" ? IssueState.Closed : IssueState.Open,
            Status = Text(reader, 6),
            CreatedAt = _dialect.FromDb(reader, 7),
            ClosedAt = reader.IsDBNull(8) ? null : _dialect.FromDb(reader, 8),
            UpdatedAt = _dialect.FromDb(reader, 9),
            Type = Text(reader, 10),
            Priority = Text(reader, 11),
            Resolution = Text(reader, 12),
            Component = Text(reader, 13),
            Assignee = Text(reader, 14),
            Milestone = Text(reader, 15),
            Fields = fields,
            Labels = labels,
        };
    }

    private static string? Text(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
