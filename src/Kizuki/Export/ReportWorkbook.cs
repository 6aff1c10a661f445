using Kizuki.Analysis;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Kizuki.Export;

/// <summary>
/// The trend report as an xlsx workbook: one sheet per section, raw numbers rather than
/// formatted text (shares as fractions, days as decimals) so they can be charted again; the
/// values are the ones the screen rounds.
/// </summary>
internal static class ReportWorkbook
{
    /// <summary>The sheets of <paramref name="r"/>.</summary>
    public static IReadOnlyList<Sheet> Sheets(TrendReport r)
    {
        var previous = r.Period.Previous.Name;
        return
        [
            new Sheet("summary", ["figure", r.Period.Name, previous, "test", "statistic", "p_value", "significant"],
            [
                Row("bugs_created", r.Created.Current, r.Created.Previous, r.Created.Test),
                Row("escape_rate", r.Escape.Rate, r.Escape.PreviousRate, r.Escape.Test),
                Row("components", null, null, r.Components.Test),
                Row("severities", null, null, r.Severities.Test),
                Row("median_days_to_close", r.CloseTimes.Percentiles[0].Current, r.CloseTimes.Percentiles[0].Previous,
                    r.CloseTimes.Test),
            ]),
            new Sheet("pareto", ["cause", "count", "cumulative_share"],
                [.. r.Pareto.Select(p => new object?[] { p.Cause, p.Count, p.CumulativeShare })]),
            new Sheet("phases", ["injected", .. r.Phases.Detected],
                [.. r.Phases.Injected.Select((name, i) =>
                    new object?[] { name }.Concat(r.Phases.Counts[i].Cast<object?>()).ToArray())]),
            new Sheet("escape", ["period", "escaped", "bugs", "rate"],
            [
                [r.Period.Name, r.Escape.Escaped, r.Escape.Total, Finite(r.Escape.Rate)],
                [previous, r.Escape.PreviousEscaped, r.Escape.PreviousTotal, Finite(r.Escape.PreviousRate)],
            ]),
            Distribution("components", r.Components, r.Period.Name, previous),
            Distribution("severities", r.Severities, r.Period.Name, previous),
            new Sheet("close_times", ["percentile", r.Period.Name, previous],
                [.. r.CloseTimes.Percentiles.Select(p =>
                    new object?[] { p.Quantile, Finite(p.Current), Finite(p.Previous) })]),
            new Sheet(
                "growth",
                ["week_start", "day", "cumulative", .. r.Fits.Select(f => f.Model.ToString().ToLowerInvariant())],
                [.. r.Growth.Select(p => new object?[]
                {
                    r.GrowthStart.AddDays((int)p.Day - 7).ToDateTime(TimeOnly.MinValue), p.Day, p.Cumulative,
                }.Concat(r.Fits.Select(f => (object?)f.At(p.Day))).ToArray())]),
            new Sheet("fits", ["model", "a_total", "b", "c_per_day", "r_squared", "rmse", "observed", "remaining"],
                [.. r.Fits.Select(f => new object?[]
                {
                    f.Model.ToString(), f.A, f.B, f.C, f.RSquared, f.Rmse, f.Observed, f.Remaining,
                })]),
        ];
    }

    /// <summary>Writes the workbook to <paramref name="stream"/>.</summary>
    public static Task WriteAsync(TrendReport r, Stream stream, CancellationToken cancellationToken)
    {
        var sheets = Sheets(r).ToDictionary(s => s.Name, s => (object)s.AsDictionaries().ToList());
        return MiniExcel.SaveAsAsync(stream, sheets, cancellationToken: cancellationToken);
    }

    private static object?[] Row(string figure, double? current, double? previous, TestResult? test) =>
        [figure, current is { } c ? Finite(c) : null, previous is { } p ? Finite(p) : null, test?.Test,
            test?.Statistic, test?.PValue, test?.Significant];

    private static Sheet Distribution(string name, Distribution d, string current, string previous) =>
        new(name, ["value", current, previous],
            [.. d.Rows.Select(r => new object?[] { r.Value, r.Current, r.Previous })]);

    private static object? Finite(double value) => double.IsFinite(value) ? value : null;
}
