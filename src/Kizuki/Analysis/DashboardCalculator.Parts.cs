namespace Kizuki.Analysis;

/// <content>The filter, the time buckets and the close-time histogram.</content>
internal static partial class DashboardCalculator
{
    /// <summary>Which issues a query includes: source, defect scope, one dimension value.</summary>
    internal sealed class Scope
    {
        private readonly int[] _sourceOf;
        private readonly int[] _classOf;
        private readonly int _source;
        private readonly bool[] _classIncluded;

        public Scope(DefectIndex index, DashboardQuery query)
        {
            _sourceOf = index.SourceOf;
            _classOf = index.ClassOf;
            _source = query.Source is null ? -1 : index.SourceIndex(query.Source);
            var filterDimension = query.FilterValue is null ? -1 : index.DimensionIndex(query.FilterDimension);

            // A source that is not stored matches nothing rather than everything.
            var noSource = query.Source is not null && _source < 0;
            _classIncluded = [.. index.Classes.Select(c => !noSource
                && (query.AllIssues || c.IsDefect)
                && (filterDimension < 0 || (query.FilterValue == NoValue
                    ? c.Values[filterDimension].Length == 0
                    : c.Values[filterDimension].Contains(query.FilterValue))))];
        }

        public bool Includes(int i) => _classIncluded[_classOf[i]] && (_source < 0 || _sourceOf[i] == _source);
    }

    /// <summary>Maps day numbers onto buckets of a <see cref="Granularity"/>.</summary>
    internal sealed class Buckets
    {
        private readonly List<DateOnly> _starts;
        private readonly int _firstDay;
        private readonly int[] _byDay;

        private Buckets(List<DateOnly> starts, int firstDay, int[] byDay)
        {
            _starts = starts;
            _firstDay = firstDay;
            _byDay = byDay;
        }

        public int Count => _starts.Count;

        public static Buckets Create(int from, int to, Granularity granularity)
        {
            var starts = new List<DateOnly>();
            var byDay = new int[Math.Max(1, to - from + 1)];
            for (var day = from; day <= to; day++)
            {
                var start = StartOf(DateOnly.FromDayNumber(day), granularity);
                if (starts.Count == 0 || starts[^1] != start)
                {
                    starts.Add(start);
                }

                byDay[day - from] = starts.Count - 1;
            }

            if (starts.Count == 0)
            {
                starts.Add(DateOnly.FromDayNumber(from));
            }

            return new Buckets(starts, from, byDay);
        }

        public static DateOnly StartOf(DateOnly day, Granularity granularity) => granularity switch
        {
            Granularity.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
            Granularity.Month => new DateOnly(day.Year, day.Month, 1),
            _ => day,
        };

        public int IndexOf(int day) => _byDay[Math.Clamp(day - _firstDay, 0, _byDay.Length - 1)];

        public DateOnly Start(int bucket) => _starts[bucket];
    }

    /// <summary>
    /// Counts whole hours up to a year, whole days beyond (to 20 years), so that percentiles need
    /// no sort: a million close times cost one pass, and the bins stay small enough (16k) not to
    /// burden the garbage collector on every request.
    /// </summary>
    internal sealed class Histogram
    {
        private const int HourBins = 24 * 366;
        private const int Bins = HourBins + 366 * 20;
        private readonly int[] _counts = new int[Bins];
        private long _total;

        public void Add(double hours)
        {
            var bin = hours < HourBins ? (int)Math.Max(0, hours) : HourBins + (int)((hours - HourBins) / 24);
            _counts[Math.Min(bin, Bins - 1)]++;
            _total++;
        }

        /// <summary>The hours below which a <paramref name="q"/> share of the values falls (bin middle).</summary>
        public double Quantile(double q)
        {
            if (_total == 0)
            {
                return double.NaN;
            }

            var target = Math.Max(1, (long)Math.Ceiling(q * _total));
            long seen = 0;
            for (var bin = 0; bin < Bins; bin++)
            {
                seen += _counts[bin];
                if (seen >= target)
                {
                    return bin < HourBins ? bin + 0.5 : HourBins + (bin - HourBins + 0.5) * 24;
                }
            }

            return HourBins + (Bins - HourBins) * 24.0;
        }
    }
}
