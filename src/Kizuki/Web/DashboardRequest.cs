using System.Globalization;
using Kizuki.Analysis;

namespace Kizuki.Web;

/// <summary>Reads and writes the dashboard's filters as URL query parameters.</summary>
internal static class DashboardRequest
{
    /// <summary>
    /// The query in <paramref name="request"/>: <c>source</c>, <c>from</c>, <c>to</c> (yyyy-MM-dd),
    /// <c>per</c> (day, week, month), <c>dimension</c>, <c>filter</c> (dimension:value), <c>all</c> (1).
    /// Values that do not parse are ignored rather than refused, so an old bookmark still opens.
    /// </summary>
    public static DashboardQuery Parse(HttpRequest request)
    {
        var q = request.Query;
        var filter = q["filter"].ToString();
        var colon = filter.IndexOf(':', StringComparison.Ordinal);
        return new DashboardQuery
        {
            Source = q["source"].ToString() is { Length: > 0 } s ? s : null,
            From = Day(q["from"]),
            To = Day(q["to"]),
            Granularity = q["per"].ToString() switch
            {
                "day" => Granularity.Day,
                "week" => Granularity.Week,
                _ => Granularity.Month,
            },
            Dimension = q["dimension"].ToString() is { Length: > 0 } d ? d : "severity",
            FilterDimension = colon > 0 ? filter[..colon] : null,
            FilterValue = colon > 0 && colon < filter.Length - 1 ? filter[(colon + 1)..] : null,
            AllIssues = q["all"] == "1",
        };
    }

    /// <summary>The query string (without '?') that <see cref="Parse"/> reads back as <paramref name="query"/>.
    /// </summary>
    public static string Format(DashboardQuery query)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("source", query.Source);
        Add("from", query.From is { } f ? Html.Day(f) : null);
        Add("to", query.To is { } t ? Html.Day(t) : null);
        Add("per", query.Granularity.ToString().ToLowerInvariant());
        Add("dimension", query.Dimension);
        Add("filter", query.FilterValue is null ? null : query.FilterDimension + ":" + query.FilterValue);
        Add("all", query.AllIssues ? "1" : null);
        return string.Join('&', parts);
    }

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}
