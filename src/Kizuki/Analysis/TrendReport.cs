namespace Kizuki.Analysis;

/// <summary>The monthly or quarterly trend analysis: what the screen, the HTML page and the xlsx show.</summary>
internal sealed record TrendReport
{
    /// <summary>The period analysed.</summary>
    public required ReportPeriod Period { get; init; }

    /// <summary>The source, or null for all.</summary>
    public string? Source { get; init; }

    /// <summary>Bugs created in this period and the previous one, and the rate test.</summary>
    public required Comparison Created { get; init; }

    /// <summary>Causes of this period's bugs, most frequent first, with the cumulative share.</summary>
    public required IReadOnlyList<ParetoRow> Pareto { get; init; }

    /// <summary>Injected phases (rows) by detected phases (columns); "(none)" included.</summary>
    public required PhaseMatrix Phases { get; init; }

    /// <summary>Production-detected bugs over all bugs, this period and the previous.</summary>
    public required EscapeRate Escape { get; init; }

    /// <summary>Bugs per component, this period against the previous.</summary>
    public required Distribution Components { get; init; }

    /// <summary>Bugs per severity, this period against the previous.</summary>
    public required Distribution Severities { get; init; }

    /// <summary>Days to close of bugs closed in each period.</summary>
    public required CloseTimes CloseTimes { get; init; }

    /// <summary>Cumulative bugs per week up to the period's end (t in days from the first week).</summary>
    public required IReadOnlyList<(double Day, double Cumulative)> Growth { get; init; }

    /// <summary>The first week's start; t = 0 of <see cref="Growth"/>.</summary>
    public required DateOnly GrowthStart { get; init; }

    /// <summary>The fitted curves; a model is missing when it did not converge.</summary>
    public required IReadOnlyList<GrowthFit> Fits { get; init; }
}

/// <summary>A count in two periods and the test between them.</summary>
internal sealed record Comparison(long Current, long Previous, TestResult? Test);

/// <summary>One cause in the Pareto chart.</summary>
internal sealed record ParetoRow(string Cause, long Count, double CumulativeShare);

/// <summary>A table of counts with row and column names.</summary>
internal sealed record PhaseMatrix(IReadOnlyList<string> Injected, IReadOnlyList<string> Detected, long[][] Counts);

/// <summary>The escape rate in two periods, compared with a 2×2 chi-square test.</summary>
internal sealed record EscapeRate(long Escaped, long Total, long PreviousEscaped, long PreviousTotal, TestResult? Test)
{
    /// <summary>This period's rate (NaN when no bugs).</summary>
    public double Rate => Total == 0 ? double.NaN : (double)Escaped / Total;

    /// <summary>The previous period's rate.</summary>
    public double PreviousRate => PreviousTotal == 0 ? double.NaN : (double)PreviousEscaped / PreviousTotal;
}

/// <summary>Counts per value in two periods, with a chi-square test of homogeneity.</summary>
internal sealed record Distribution(IReadOnlyList<(string Value, long Current, long Previous)> Rows, TestResult? Test);

/// <summary>Close-time percentiles (days) in two periods and a Mann–Whitney test.</summary>
internal sealed record CloseTimes(
    IReadOnlyList<(double Quantile, double Current, double Previous)> Percentiles,
    int CurrentCount,
    int PreviousCount,
    TestResult? Test);
