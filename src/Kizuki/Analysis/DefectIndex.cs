using Kizuki.Taxonomy;

namespace Kizuki.Analysis;

/// <summary>
/// Every stored issue reduced to the numbers the dashboard, the meeting and the report read:
/// days in the team's zone, instants as ticks, a source index and a shared taxonomy class.
/// Column arrays rather than objects, so a scan over a million issues takes milliseconds.
/// </summary>
internal sealed class DefectIndex
{
    /// <summary>The taxonomy the classes were computed with.</summary>
    public required DefectTaxonomy Taxonomy { get; init; }

    /// <summary>The dimensions counted in the figures (every one but the defect flag).</summary>
    public required IReadOnlyList<Dimension> Dimensions { get; init; }

    /// <summary>The zone days are counted in.</summary>
    public required TimeZoneInfo Zone { get; init; }

    /// <summary>The store revision this index was built from.</summary>
    public required long Revision { get; init; }

    /// <summary>The number of issues.</summary>
    public required int Count { get; init; }

    /// <summary>Store ids.</summary>
    public required long[] Ids { get; init; }

    /// <summary>Distinct source names.</summary>
    public required string[] Sources { get; init; }

    /// <summary>Index into <see cref="Sources"/> per issue.</summary>
    public required int[] SourceOf { get; init; }

    /// <summary>Creation day (<see cref="DateOnly.DayNumber"/>) in the zone.</summary>
    public required int[] CreatedDay { get; init; }

    /// <summary>Closing day, or -1 while open.</summary>
    public required int[] ClosedDay { get; init; }

    /// <summary>Creation instant, UTC ticks.</summary>
    public required long[] CreatedTicks { get; init; }

    /// <summary>Closing instant, UTC ticks, or 0 while open.</summary>
    public required long[] ClosedTicks { get; init; }

    /// <summary>Last change, UTC ticks.</summary>
    public required long[] UpdatedTicks { get; init; }

    /// <summary>Index into <see cref="Classes"/> per issue.</summary>
    public required int[] ClassOf { get; init; }

    /// <summary>The distinct taxonomy results.</summary>
    public required IReadOnlyList<IssueClass> Classes { get; init; }

    /// <summary>The position of dimension <paramref name="id"/> in <see cref="Dimensions"/>, or -1.</summary>
    public int DimensionIndex(string? id)
    {
        for (var i = 0; i < Dimensions.Count; i++)
        {
            if (Dimensions[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of <paramref name="source"/> in <see cref="Sources"/>, or -1 (also for null).</summary>
    public int SourceIndex(string? source) => source is null ? -1 : Array.IndexOf(Sources, source);

    /// <summary>The day number of <paramref name="instant"/> in the zone.</summary>
    public int DayOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime).DayNumber;
}
