namespace Kizuki.Model;

/// <summary>One weekly classification meeting.</summary>
/// <param name="Id">The store's id.</param>
/// <param name="StartedAt">When it started (UTC).</param>
/// <param name="StartedBy">Who started it.</param>
/// <param name="Since">
/// The previous meeting's start: bugs created or changed after it are on the agenda. Null for
/// the first meeting, whose agenda is every bug that lacks a dimension.
/// </param>
/// <param name="EndedAt">When the summary was taken, or null while it runs.</param>
internal sealed record Meeting(
    long Id,
    DateTimeOffset StartedAt,
    string StartedBy,
    DateTimeOffset? Since,
    DateTimeOffset? EndedAt);
