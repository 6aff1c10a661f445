namespace Kizuki.Taxonomy;

/// <summary>One axis of analysis (severity, cause, detected phase...) with its rules.</summary>
/// <param name="Id">Stable id, also the spreadsheet column.</param>
/// <param name="Name">English display name.</param>
/// <param name="NameJa">Japanese display name.</param>
/// <param name="Multiple">True when several values are expected and are not a conflict.</param>
/// <param name="Rules">The rules, in file order.</param>
internal sealed record Dimension(
    string Id,
    string Name,
    string NameJa,
    bool Multiple,
    IReadOnlyList<TaxonomyRule> Rules)
{
    /// <summary>The values offered in the classification meeting, in shortcut order (1-9).</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>
    /// The label a decision is written back as, with <c>{value}</c> for the value, e.g.
    /// <c>原因:{value}</c>; null when this dimension is not written as a label.
    /// </summary>
    public string? WriteLabel { get; init; }

    /// <summary>A Jira field id (e.g. <c>customfield_10050</c>) written instead of a label on Jira.</summary>
    public string? WriteField { get; init; }

    /// <summary>The label for <paramref name="value"/>, or null when none is configured.</summary>
    public string? LabelFor(string value) => WriteLabel?.Replace("{value}", value, StringComparison.Ordinal);
}
