namespace Kizuki.Analysis;

/// <summary>
/// Builds a <see cref="TrendReport"/> from a <see cref="DefectIndex"/>: bugs only (the defect
/// dimension says yes), counted by creation day except close times, which follow the closing day.
/// </summary>
internal static partial class ReportCalculator
{
    /// <summary>Detected-phase values that mean the bug escaped to production.</summary>
    public static readonly IReadOnlySet<string> ProductionValues =
        new HashSet<string>(
            ["production", "prod", "本番", "本番障害", "運用"],
            StringComparer.OrdinalIgnoreCase);

    private static readonly double[] Quantiles = [0.5, 0.75, 0.9, 0.95];

    /// <summary>The report for <paramref name="period"/>, of one source or all.</summary>
    public static TrendReport Compute(DefectIndex index, ReportPeriod period, string? source)
    {
        var scope = new DashboardCalculator.Scope(index, new DashboardQuery { Source = source });
        var previous = period.Previous;
        var current = new List<int>();
        var before = new List<int>();
        var closeNow = new List<double>();
        var closeBefore = new List<double>();
        for (var i = 0; i < index.Count; i++)
        {
            if (!scope.Includes(i))
            {
                continue;
            }

            var day = index.CreatedDay[i];
            (period.Contains(day) ? current : previous.Contains(day) ? before : null)?.Add(i);
            var closed = index.ClosedDay[i];
            if (closed >= 0 && (period.Contains(closed) || previous.Contains(closed)))
            {
                var days = (index.ClosedTicks[i] - index.CreatedTicks[i]) / (double)TimeSpan.TicksPerDay;
                (period.Contains(closed) ? closeNow : closeBefore).Add(days);
            }
        }

        var (growthStart, growth) = GrowthPoints(index, scope, period);
        return new TrendReport
        {
            Period = period,
            Source = source,
            Created = new Comparison(
                current.Count,
                before.Count,
                Statistics.PoissonRate(current.Count, period.Days, before.Count, previous.Days)),
            Pareto = Pareto(index, current),
            Phases = Phases(index, current),
            Escape = Escape(index, current, before),
            Components = Distribution(index, "component", current, before),
            Severities = Distribution(index, "severity", current, before),
            CloseTimes = Close(closeNow, closeBefore),
            Growth = growth,
            GrowthStart = growthStart,
            Fits = [.. Enum.GetValues<GrowthModel>()
                .Select(m => GrowthCurveFitter.Fit(
                    m, [.. growth.Select(p => p.Day)], [.. growth.Select(p => p.Cumulative)]))
                .OfType<GrowthFit>()],
        };
    }

    private static CloseTimes Close(List<double> now, List<double> before)
    {
        now.Sort();
        before.Sort();
        return new CloseTimes(
            [.. Quantiles.Select(q => (q, Statistics.Percentile(now, q), Statistics.Percentile(before, q)))],
            now.Count,
            before.Count,
            Statistics.MannWhitney(now, before));
    }

    private static (DateOnly Start, List<(double Day, double Cumulative)> Points) GrowthPoints(
        DefectIndex index,
        DashboardCalculator.Scope scope,
        ReportPeriod period)
    {
        var end = period.End.DayNumber;
        var first = end;
        var perWeek = new Dictionary<int, long>();
        for (var i = 0; i < index.Count; i++)
        {
            var day = index.CreatedDay[i];
            if (day < end && scope.Includes(i))
            {
                first = Math.Min(first, day);
                perWeek[day] = perWeek.GetValueOrDefault(day) + 1;
            }
        }

        var start = DashboardCalculator.Buckets.StartOf(DateOnly.FromDayNumber(first), Granularity.Week);
        var weeks = new long[(end - start.DayNumber + 6) / 7];
        foreach (var (day, count) in perWeek)
        {
            weeks[(day - start.DayNumber) / 7] += count;
        }

        var points = new List<(double, double)>(weeks.Length);
        double cumulative = 0;
        for (var w = 0; w < weeks.Length; w++)
        {
            cumulative += weeks[w];
            points.Add((w * 7 + 7, cumulative));
        }

        return (start, points);
    }
}
