using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Kizuki.Model;

namespace Kizuki.Sources.Files;

/// <summary>
/// Reads Jira's "Export CSV". Jira repeats a column name once per value (three "Labels"
/// columns for an issue with three labels), so columns are grouped by name. Dates carry no
/// zone; they are read in the zone of the user who exported, given as <c>timeZone</c>.
/// </summary>
internal static class JiraCsvReader
{
    private static readonly string[] DateFormats =
    [
        "dd/MMM/yy HH:mm", "d/MMM/yy HH:mm", "dd/MMM/yy h:mm tt", "d/MMM/yy h:mm tt",
        "dd/MMM/yyyy HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss",
    ];

    private static readonly HashSet<string> ClosedStatuses =
        new(["Resolved", "Closed", "Done"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Streams the file's issues; <paramref name="source"/> names them in the store.</summary>
    /// <exception cref="SourceException">The CSV is malformed; the message names the line.</exception>
    public static async IAsyncEnumerable<Defect> ReadAsync(
        string path,
        string source,
        TimeZoneInfo timeZone,
        IReadOnlyCollection<string> customFields,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = ExportFile.Open(path);
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var csv = new CsvRecordReader(text, path);
        var header = csv.Read() ?? throw new SourceException($"{path} line 1: empty file, no header row");
        var columns = JiraCsvColumns.FromHeader(header);
        if (!columns.Has("Summary") || !(columns.Has("Issue key") || columns.Has("Issue id")))
        {
            throw new SourceException($"{path} line 1: header lacks 'Summary' and 'Issue key' or 'Issue id'");
        }

        while (csv.Read() is { } record)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (record.Count == 1 && record[0].Length == 0)
            {
                continue;
            }

            if (record.Count != header.Count)
            {
                throw new SourceException(
                    $"{path} line {csv.RecordLine}: {record.Count} fields where the header has {header.Count}");
            }

            Defect defect;
            try
            {
                defect = Map(columns.Bind(record), source, timeZone, customFields);
            }
            catch (FormatException ex)
            {
                throw new SourceException($"{path} line {csv.RecordLine}: {ex.Message}", ex);
            }

            yield return defect;
        }
    }

    private static Defect Map(
        JiraCsvColumns.Row row,
        string source,
        TimeZoneInfo timeZone,
        IReadOnlyCollection<string> customFields)
    {
        var status = row.First("Status");
        var created = ParseDate(row.First("Created"), "Created", timeZone)
            ?? throw new FormatException("'Created' is empty");
        var resolved = ParseDate(row.First("Resolved"), "Resolved", timeZone);
        var updated = ParseDate(row.First("Updated"), "Updated", timeZone);
        var closed = resolved is not null || (status is not null && ClosedStatuses.Contains(status));
        var key = row.First("Issue key") ?? row.First("Issue id") ?? throw new FormatException("no issue key");
        var fields = customFields.ToDictionary(
            name => name,
            name => row.Joined(name) ?? row.Joined($"Custom field ({name})"),
            StringComparer.Ordinal);

        return new Defect
        {
            Source = source,
            Key = key,
            Title = row.First("Summary") ?? string.Empty,
            Body = row.First("Description"),
            State = closed ? IssueState.Closed : IssueState.Open,
            Status = status,
            CreatedAt = created,
            ClosedAt = resolved,
            UpdatedAt = updated ?? Later(created, resolved),
            Labels = row.All("Labels"),
            Type = row.First("Issue Type"),
            Priority = row.First("Priority"),
            Resolution = row.First("Resolution"),
            Component = row.Joined("Component/s"),
            Assignee = row.First("Assignee"),
            Milestone = row.Joined("Fix Version/s") ?? row.Joined("Affects Version/s"),
            Fields = fields,
        };
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset? b) => b is { } v && v > a ? v : a;

    private static DateTimeOffset? ParseDate(string? text, string column, TimeZoneInfo timeZone)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!DateTime.TryParseExact(
                text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            throw new FormatException($"'{column}' value '{text}' is not a Jira date such as 30/Sep/21 17:20");
        }

        var offset = timeZone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
