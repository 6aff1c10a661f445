namespace Kizuki.Analysis;

/// <summary>The dashboard's filters, as given in its URL (and in the CSV URLs).</summary>
internal sealed record DashboardQuery
{
    /// <summary>One source, or every source when null.</summary>
    public string? Source { get; init; }

    /// <summary>First day shown (team zone), or from the first issue when null.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day shown, or today when null.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Bucket width of the time axis.</summary>
    public Granularity Granularity { get; init; } = Granularity.Month;

    /// <summary>The dimension broken down in the "by dimension" figure.</summary>
    public string Dimension { get; init; } = "severity";

    /// <summary>Only issues with this value in <see cref="FilterDimension"/>, when both are set.</summary>
    public string? FilterValue { get; init; }

    /// <summary>The dimension <see cref="FilterValue"/> applies to.</summary>
    public string? FilterDimension { get; init; }

    /// <summary>Every issue rather than only those the taxonomy calls defects.</summary>
    public bool AllIssues { get; init; }
}
