namespace Kizuki.Sources.Files;

/// <summary>How to read an export file.</summary>
internal sealed record FileImportOptions
{
    /// <summary>The format, or null to detect it from the file.</summary>
    public FileFormat? Format { get; init; }

    /// <summary>The source name to store issues under, or null to take it from the file.</summary>
    public string? Source { get; init; }

    /// <summary>The zone Jira CSV dates were written in (the exporting user's zone).</summary>
    public TimeZoneInfo CsvTimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>Jira custom fields to keep, by id (<c>customfield_10024</c>) or CSV column name.</summary>
    public IReadOnlyCollection<string> CustomFields { get; init; } = [];

    /// <summary>
    /// Issue type for files that carry none (a trimmed Jira CSV of bugs), so the taxonomy can
    /// still tell defects apart; null leaves the type empty.
    /// </summary>
    public string? DefaultType { get; init; }
}
