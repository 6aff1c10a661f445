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
    IReadOnlyList<TaxonomyRule> Rules);
