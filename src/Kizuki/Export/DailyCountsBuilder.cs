using Kizuki.Model;
using Kizuki.Taxonomy;

namespace Kizuki.Export;

/// <summary>
/// Builds the daily counts sheet: for each day and each dimension value, how many issues were
/// created, how many closed, and how many were open at the end of that day. The row with
/// dimension "all" counts every exported issue.
/// </summary>
internal sealed class DailyCountsBuilder
{
    private const string All = "all";
    private readonly DefectTaxonomy _taxonomy;
    private readonly TimeZoneInfo _timeZone;
    private readonly Dictionary<(string Dimension, string Value), Dictionary<DateOnly, DayCounts>> _events = [];
    private DateOnly? _first;

    /// <summary>Counts in <paramref name="timeZone"/>'s days.</summary>
    public DailyCountsBuilder(DefectTaxonomy taxonomy, TimeZoneInfo timeZone)
    {
        _taxonomy = taxonomy;
        _timeZone = timeZone;
    }

    /// <summary>Counts one issue under every value it has.</summary>
    public void Add(Defect defect, Classification classification)
    {
        var created = Day(defect.CreatedAt);
        var closed = defect.ClosedAt is { } c && defect.State == IssueState.Closed ? Day(c) : (DateOnly?)null;
        _first = _first is { } f && f <= created ? f : created;

        Count((All, All), created, closed);
        foreach (var dimension in _taxonomy.Dimensions)
        {
            foreach (var value in classification[dimension.Id].Values)
            {
                Count((dimension.Id, value), created, closed);
            }
        }
    }

    /// <summary>The sheet from the first creation day to <paramref name="lastDay"/>, skipping all-zero rows.</summary>
    public Sheet Build(DateOnly lastDay)
    {
        var rows = new List<object?[]>();
        foreach (var ((dimension, value), days) in _events.OrderBy(e => e.Key.Dimension == All ? 0 : 1)
                     .ThenBy(e => e.Key.Dimension, StringComparer.Ordinal)
                     .ThenBy(e => e.Key.Value, StringComparer.Ordinal))
        {
            var open = 0;
            for (var day = _first ?? lastDay; day <= lastDay; day = day.AddDays(1))
            {
                days.TryGetValue(day, out var counts);
                open += counts.Created - counts.Closed;
                if (counts.Created != 0 || counts.Closed != 0 || open != 0)
                {
                    var date = day.ToDateTime(TimeOnly.MinValue);
                    rows.Add([date, dimension, value, counts.Created, counts.Closed, open]);
                }
            }
        }

        return new Sheet("daily_counts", ["date", "dimension", "value", "created", "closed", "open"], rows);
    }

    private void Count((string, string) key, DateOnly created, DateOnly? closed)
    {
        if (!_events.TryGetValue(key, out var days))
        {
            _events[key] = days = [];
        }

        var onCreated = days.GetValueOrDefault(created);
        days[created] = onCreated with { Created = onCreated.Created + 1 };
        if (closed is { } day)
        {
            var onClosed = days.GetValueOrDefault(day);
            days[day] = onClosed with { Closed = onClosed.Closed + 1 };
        }
    }

    private DateOnly Day(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _timeZone).DateTime);

    private readonly record struct DayCounts(int Created, int Closed);
}
