namespace Kizuki.Analysis;

/// <summary>
/// Computes <see cref="DashboardFigures"/> in one pass over a <see cref="DefectIndex"/>. An issue
/// counts as open at the end of day D when it was created on or before D and not closed by D.
/// </summary>
internal static partial class DashboardCalculator
{
    /// <summary>Label of issues that have no value in the broken-down dimension.</summary>
    public const string NoValue = "(none)";

    // Bands by exclusive upper bound in days: "8-30" holds 8 <= days < 31.
    private static readonly (string Label, double Below)[] AgeBands =
    [
        ("0-7", 8), ("8-30", 31), ("31-90", 91), ("91-180", 181), ("181-365", 366), (">365", double.MaxValue),
    ];

    private static readonly (string Label, double Below)[] CloseBands =
    [
        ("<1", 1), ("1-7", 8), ("8-30", 31), ("31-90", 91), ("91-365", 366), (">365", double.MaxValue),
    ];

    /// <summary>The figures for <paramref name="query"/>; <paramref name="today"/> ends an open period.</summary>
    public static DashboardFigures Compute(DefectIndex index, DashboardQuery query, DateOnly today)
    {
        var scope = new Scope(index, query);
        var to = (query.To ?? today).DayNumber;
        var from = query.From?.DayNumber ?? FirstDay(index, scope, to);
        var buckets = Buckets.Create(from, to, query.Granularity);
        var created = new long[buckets.Count];
        var closed = new long[buckets.Count];
        var dimension = Math.Max(0, index.DimensionIndex(query.Dimension));
        var ages = new long[AgeBands.Length];
        var closeBands = new long[CloseBands.Length];
        var closeHours = new Histogram();

        // Per taxonomy class, not per value: the hot loop touches arrays only, and the class
        // counts are spread onto dimension values once at the end.
        var perClass = new long[index.Classes.Count, 4];
        long openAtStart = 0, openAtEnd = 0;

        for (var i = 0; i < index.Count; i++)
        {
            var c = index.CreatedDay[i];
            if (c > to || !scope.Includes(i))
            {
                continue;
            }

            var k = index.ClosedDay[i];
            var openAtTo = k < 0 || k > to;
            var createdIn = c >= from;
            var closedIn = k >= from && k <= to;
            var issueClass = index.ClassOf[i];
            if (createdIn)
            {
                created[buckets.IndexOf(c)]++;
                perClass[issueClass, 0]++;
            }
            else if (k < 0 || k >= from)
            {
                openAtStart++;
            }

            if (closedIn)
            {
                closed[buckets.IndexOf(k)]++;
                perClass[issueClass, 1]++;
                var days = (index.ClosedTicks[i] - index.CreatedTicks[i]) / (double)TimeSpan.TicksPerDay;
                closeBands[Band(CloseBands, days)]++;
                closeHours.Add(days * 24);
            }

            if (openAtTo)
            {
                openAtEnd++;
                perClass[issueClass, 2]++;
                ages[Band(AgeBands, to - c)]++;
            }
        }

        var (breakdown, missing) = SpreadOverValues(index, perClass, dimension);
        return new DashboardFigures
        {
            From = DateOnly.FromDayNumber(from),
            To = DateOnly.FromDayNumber(to),
            Timeline = Timeline(buckets, created, closed, openAtStart),
            Breakdown = [.. breakdown
                .OrderByDescending(p => p.Value[0] + p.Value[2])
                .ThenBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new BreakdownRow(p.Key, p.Value[0], p.Value[1], p.Value[2]))],
            OpenAge = [.. AgeBands.Select((b, j) => new CountRow(b.Label, ages[j]))],
            TimeToClose = [.. CloseBands.Select((b, j) => new CountRow(b.Label, closeBands[j]))],
            CloseDays = (closeHours.Quantile(0.5) / 24, closeHours.Quantile(0.9) / 24),
            Unclassified = [new CountRow("any", missing[^1]),
                .. index.Dimensions.Select((d, j) => new CountRow(d.Id, missing[j]))],
            Created = created.Sum(),
            Closed = closed.Sum(),
            Open = openAtEnd,
        };
    }

    private static List<TimelineRow> Timeline(Buckets buckets, long[] created, long[] closed, long open)
    {
        var rows = new List<TimelineRow>(buckets.Count);
        for (var b = 0; b < buckets.Count; b++)
        {
            open += created[b] - closed[b];
            rows.Add(new TimelineRow(buckets.Start(b), created[b], closed[b], open));
        }

        return rows;
    }

    private static (Dictionary<string, long[]> Breakdown, long[] Missing) SpreadOverValues(
        DefectIndex index,
        long[,] perClass,
        int dimension)
    {
        var breakdown = new Dictionary<string, long[]>(StringComparer.Ordinal);
        var missing = new long[index.Dimensions.Count + 1];
        for (var k = 0; k < index.Classes.Count; k++)
        {
            var issueClass = index.Classes[k];
            if (perClass[k, 0] + perClass[k, 1] + perClass[k, 2] > 0)
            {
                var values = issueClass.Values[dimension];
                foreach (var value in values.Length == 0 ? [NoValue] : values)
                {
                    if (!breakdown.TryGetValue(value, out var counts))
                    {
                        breakdown[value] = counts = new long[3];
                    }

                    counts[0] += perClass[k, 0];
                    counts[1] += perClass[k, 1];
                    counts[2] += perClass[k, 2];
                }
            }

            if (issueClass.MissingMask != 0)
            {
                missing[^1] += perClass[k, 0];
                for (var j = 0; j < missing.Length - 1; j++)
                {
                    missing[j] += ((issueClass.MissingMask >> j) & 1) * perClass[k, 0];
                }
            }
        }

        return (breakdown, missing);
    }

    private static int FirstDay(DefectIndex index, Scope scope, int to)
    {
        var first = to;
        for (var i = 0; i < index.Count; i++)
        {
            if (index.CreatedDay[i] < first && scope.Includes(i))
            {
                first = index.CreatedDay[i];
            }
        }

        return first;
    }

    private static int Band((string Label, double Below)[] bands, double days)
    {
        var j = 0;
        while (j < bands.Length - 1 && days >= bands[j].Below)
        {
            j++;
        }

        return j;
    }
}
