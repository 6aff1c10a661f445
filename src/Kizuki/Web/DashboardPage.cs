using System.Globalization;
using System.Text;
using Kizuki.Analysis;

namespace Kizuki.Web;

/// <summary>The daily dashboard: filters, key figures, and each figure as a chart beside its table.</summary>
internal static partial class DashboardPage
{
    /// <summary>The page body for <paramref name="query"/>.</summary>
    public static string Render(Texts t, DefectIndex index, DashboardQuery query, DashboardFigures f)
    {
        var csvQuery = DashboardRequest.Format(query);
        string Csv(string figure) => $"/csv/{figure}.csv?{csvQuery}";
        var dimension = index.Dimensions.FirstOrDefault(d => d.Id == query.Dimension) ?? index.Dimensions[0];
        var body = new StringBuilder();
        body.Append(Filters(t, index, query, f));
        body.Append("<div class=\"kpis\">")
            .Append(Kpi("created", t["kpi.created"], Html.Count(f.Created)))
            .Append(Kpi("closed", t["kpi.closed"], Html.Count(f.Closed)))
            .Append(Kpi("open", t["kpi.open"], Html.Count(f.Open)))
            .Append(Kpi("unclassified", t["kpi.unclassified"], Html.Count(f.Unclassified[0].Count)))
            .Append(Kpi("median-close", t["kpi.median_close"], Html.Number(f.CloseDays.Median)))
            .Append("</div>");

        var labels = f.Timeline.Select(r => Label(r.Start, query.Granularity)).ToList();
        var names = new[] { t["kpi.created"], t["kpi.closed"], t["kpi.open"] };
        body.Append(Layout.Figure(t, "timeline", t["fig.timeline"],
            SvgChart.Timeline(t["fig.timeline"], labels, [.. f.Timeline.Select(r => (double)r.Created)],
                [.. f.Timeline.Select(r => (double)r.Closed)], [.. f.Timeline.Select(r => (double)r.Open)], names),
            Table([t["col.period"], .. names], f.Timeline.Select(r => (Label(r.Start, query.Granularity),
                new[] { r.Created, r.Closed, r.Open })), "timeline"), Csv("timeline")));

        var breakdownTitle = string.Format(CultureInfo.InvariantCulture, t["fig.breakdown"], t.Dimension(dimension));
        var top = f.Breakdown.Take(12).ToList();
        body.Append(Layout.Figure(t, "breakdown", breakdownTitle,
            SvgChart.Bars(breakdownTitle, [.. top.Select(r => Value(t, r.Value))],
                [(t["kpi.created"], [.. top.Select(r => (double)r.Created)]),
                    (t["kpi.closed"], [.. top.Select(r => (double)r.Closed)]),
                    (t["kpi.open"], [.. top.Select(r => (double)r.Open)])]),
            Table([t["col.value"], .. names], f.Breakdown.Select(r => (Value(t, r.Value),
                new[] { r.Created, r.Closed, r.Open })), "breakdown"), Csv("breakdown")));

        body.Append(CountFigure(t, "open-age", t["fig.open_age"], t["col.days"], f.OpenAge, Csv("open-age")));
        body.Append(CountFigure(
            t, "time-to-close", t["fig.time_to_close"], t["col.days"], f.TimeToClose, Csv("time-to-close")));
        var unclassified = f.Unclassified.Select(r => new CountRow(
            r.Label == "any" ? t["any"] : t.Dimension(index.Dimensions.First(d => d.Id == r.Label)), r.Count)).ToList();
        body.Append(CountFigure(
            t, "unclassified", t["fig.unclassified"], t["col.dimension"], unclassified, Csv("unclassified")));

        body.Append($"<section class=\"figure csv-urls\"><h2>{Html.Text(t["csv.urls"])}</h2><ul>");
        foreach (var figure in DashboardCsv.Figures)
        {
            body.Append($"<li><a href=\"{Html.Text(Csv(figure))}\"><code>{Html.Text(Csv(figure))}</code></a></li>");
        }

        return body.Append("</ul></section>").ToString();
    }

    private static string CountFigure(
        Texts t,
        string id,
        string title,
        string column,
        IReadOnlyList<CountRow> rows,
        string csv) =>
        Layout.Figure(t, id, title,
            SvgChart.Bars(
                title, [.. rows.Select(r => r.Label)], [(t["col.count"], [.. rows.Select(r => (double)r.Count)])]),
            Table([column, t["col.count"]], rows.Select(r => (r.Label, new[] { r.Count })), id), csv);

    private static string Kpi(string id, string label, string value) =>
        $"<div class=\"kpi\"><div class=\"label\">{Html.Text(label)}</div>"
        + $"<div class=\"value\" id=\"kpi-{id}\">{value}</div></div>";

    private static string Table(
        IReadOnlyList<string> header,
        IEnumerable<(string Label, long[] Counts)> rows,
        string id)
    {
        var html = new StringBuilder($"<table data-table=\"{id}\"><thead><tr>");
        for (var i = 0; i < header.Count; i++)
        {
            html.Append(i == 0 ? "<th>" : "<th class=\"n\">").Append(Html.Text(header[i])).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var (label, counts) in rows)
        {
            html.Append($"<tr data-row=\"{Html.Text(label)}\"><td>{Html.Text(label)}</td>");
            foreach (var count in counts)
            {
                html.Append($"<td class=\"n\">{Html.Count(count)}</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string Value(Texts t, string value) => value == DashboardCalculator.NoValue ? t["none"] : value;

    private static string Label(DateOnly start, Granularity granularity) => granularity == Granularity.Month
        ? start.ToString("yyyy-MM", CultureInfo.InvariantCulture)
        : Html.Day(start);
}
