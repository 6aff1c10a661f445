namespace Kizuki.Analysis;

/// <summary>Everything the dashboard shows for one <see cref="DashboardQuery"/>.</summary>
internal sealed record DashboardFigures
{
    /// <summary>The first and last day covered.</summary>
    public required DateOnly From { get; init; }

    /// <summary>The last day covered.</summary>
    public required DateOnly To { get; init; }

    /// <summary>Created, closed and open-at-end per bucket.</summary>
    public required IReadOnlyList<TimelineRow> Timeline { get; init; }

    /// <summary>Counts per value of the query's dimension; "(none)" for issues without one.</summary>
    public required IReadOnlyList<BreakdownRow> Breakdown { get; init; }

    /// <summary>Open issues by age at the end of the period.</summary>
    public required IReadOnlyList<CountRow> OpenAge { get; init; }

    /// <summary>Issues closed in the period by days to close.</summary>
    public required IReadOnlyList<CountRow> TimeToClose { get; init; }

    /// <summary>Median and 90th percentile of days to close (NaN when none closed).</summary>
    public required (double Median, double P90) CloseDays { get; init; }

    /// <summary>Per analysis dimension: issues lacking it; "any" first.</summary>
    public required IReadOnlyList<CountRow> Unclassified { get; init; }

    /// <summary>Created in the period.</summary>
    public required long Created { get; init; }

    /// <summary>Closed in the period.</summary>
    public required long Closed { get; init; }

    /// <summary>Open at the end of the period.</summary>
    public required long Open { get; init; }
}

/// <summary>One bucket of the time axis.</summary>
/// <param name="Start">The bucket's first day.</param>
/// <param name="Created">Created in the bucket.</param>
/// <param name="Closed">Closed in the bucket.</param>
/// <param name="Open">Open at the end of the bucket's last day.</param>
internal sealed record TimelineRow(DateOnly Start, long Created, long Closed, long Open);

/// <summary>One value of a dimension.</summary>
/// <param name="Value">The value.</param>
/// <param name="Created">Created in the period.</param>
/// <param name="Closed">Closed in the period.</param>
/// <param name="Open">Open at the end of the period.</param>
internal sealed record BreakdownRow(string Value, long Created, long Closed, long Open);

/// <summary>A labelled count.</summary>
/// <param name="Label">What is counted (a range such as "8-30", or a dimension id).</param>
/// <param name="Count">How many.</param>
internal sealed record CountRow(string Label, long Count);
