using System.Globalization;
using System.Text;
using Kizuki.Analysis;

namespace Kizuki.Web;

/// <summary>
/// The dashboard's figures as CSV at stable URLs (<c>/csv/{figure}.csv?same filters</c>), for
/// Google Sheets IMPORTDATA and Looker Studio. English column names and ISO dates whatever the
/// page language, UTF-8 without BOM (IMPORTDATA would keep a BOM in the first cell).
/// </summary>
internal static class DashboardCsv
{
    /// <summary>The figure names served under /csv/.</summary>
    public static readonly IReadOnlyList<string> Figures =
        ["summary", "timeline", "breakdown", "open-age", "time-to-close", "unclassified"];

    /// <summary>The CSV of one figure, or null for an unknown name.</summary>
    public static string? Render(string figure, DashboardFigures f, DashboardQuery query) => figure switch
    {
        "summary" => Csv(["from", "to", "created", "closed", "open", "unclassified", "median_days_to_close",
            "p90_days_to_close"],
            [[Html.Day(f.From), Html.Day(f.To), N(f.Created), N(f.Closed), N(f.Open), N(f.Unclassified[0].Count),
                D(f.CloseDays.Median), D(f.CloseDays.P90)]]),
        "timeline" => Csv(["period_start", "created", "closed", "open"],
            f.Timeline.Select(r => new[] { Html.Day(r.Start), N(r.Created), N(r.Closed), N(r.Open) })),
        "breakdown" => Csv(["dimension", "value", "created", "closed", "open"],
            f.Breakdown.Select(r => new[] { query.Dimension, r.Value, N(r.Created), N(r.Closed), N(r.Open) })),
        "open-age" => Csv(["age_days", "open"], f.OpenAge.Select(r => new[] { r.Label, N(r.Count) })),
        "time-to-close" => Csv(["days", "closed"], f.TimeToClose.Select(r => new[] { r.Label, N(r.Count) })),
        "unclassified" => Csv(["dimension", "lacking"], f.Unclassified.Select(r => new[] { r.Label, N(r.Count) })),
        _ => null,
    };

    /// <summary>Rows as RFC 4180 CSV (quotes doubled, fields with commas, quotes or newlines quoted).</summary>
    public static string Csv(IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        var text = new StringBuilder();
        void Line(IEnumerable<string> fields) => text.Append(string.Join(',', fields.Select(Field))).Append("\r\n");
        Line(header);
        foreach (var row in rows)
        {
            Line(row);
        }

        return text.ToString();
    }

    private static string Field(string value)
    {
        // A leading = + - @ would be run as a formula by a spreadsheet; a quote mark keeps it text.
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal)
            && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? "'" + value
            : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0
            ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : safe;
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string D(double value) =>
        double.IsFinite(value) ? value.ToString("0.##", CultureInfo.InvariantCulture) : string.Empty;
}
