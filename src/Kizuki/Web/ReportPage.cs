using System.Globalization;
using System.Text;
using Kizuki.Analysis;

namespace Kizuki.Web;

/// <summary>
/// The trend report's body, used both on screen and in the downloadable HTML page, so both
/// show the same numbers. Every comparison names its test and says plainly when nothing changed.
/// </summary>
internal static partial class ReportPage
{
    /// <summary>The report's sections.</summary>
    public static string Render(Texts t, DefectIndex index, TrendReport r)
    {
        var html = new StringBuilder();
        var current = t["report.current"] + " " + r.Period.Name;
        var previous = t["report.previous"] + " " + r.Period.Previous.Name;
        html.Append("<div class=\"kpis\">")
            .Append(Kpi("created", t["report.created"], Html.Count(r.Created.Current)))
            .Append(Kpi("created-previous", previous, Html.Count(r.Created.Previous)))
            .Append(Kpi("escape", t["report.escape"], Html.Percent(r.Escape.Rate)))
            .Append(Kpi("median-close", t["kpi.median_close"], Html.Number(r.CloseTimes.Percentiles[0].Current)))
            .Append("</div>");
        html.Append(Findings(t, r));

        var pareto = r.Pareto.Take(15).ToList();
        html.Append(Layout.Figure(t, "pareto", t["report.pareto"],
            SvgChart.Pareto(
                t["report.pareto"],
                [.. pareto.Select(p => p.Cause)],
                [.. pareto.Select(p => (double)p.Count)],
                [.. pareto.Select(p => p.CumulativeShare)]),
            Table([t["col.value"], t["col.count"], t["report.share"]],
                r.Pareto.Select(p => new[] { p.Cause, Html.Count(p.Count), Html.Percent(p.CumulativeShare) }),
                "pareto"),
            null));

        html.Append(Matrix(t, r.Phases));
        html.Append($"<section class=\"figure\" data-figure=\"escape\"><h2>{Html.Text(t["report.escape"])}</h2>")
            .Append(Table([t["col.period"], t["col.count"], t["report.created"], t["report.escape"]],
                [[r.Period.Name, Html.Count(r.Escape.Escaped), Html.Count(r.Escape.Total), Html.Percent(r.Escape.Rate)],
                    [r.Period.Previous.Name, Html.Count(r.Escape.PreviousEscaped), Html.Count(r.Escape.PreviousTotal),
                        Html.Percent(r.Escape.PreviousRate)]], "escape"))
            .Append(TestLine(t, r.Escape.Test)).Append("</section>");

        html.Append(DistributionFigure(t, index, "components", t["report.compo"
            + "nents"], r.Components, current, previous));
        html.Append(DistributionFigure(t, index, "severities", t["report.sever"
            + "ities"], r.Severities, current, previous));
        html.Append($"<section class=\"figure\" data-figure=\"close\"><h2>{Html.Text(t["report.close"])}</h2>")
            .Append(Table([t["report.quantile"], $"{current} (n={r.CloseTimes.CurrentCount})", $"{previous} "
                + $"(n={r.CloseTimes.PreviousCount})"],
                r.CloseTimes.Percentiles.Select(p => new[]
                {
                    "p" + (p.Quantile * 100).ToString("0", CultureInfo.InvariantCulture),
                    Html.Number(p.Current), Html.Number(p.Previous),
                }), "close"))
            .Append(TestLine(t, r.CloseTimes.Test)).Append("</section>");
        html.Append(Growth(t, r));
        return html.ToString();
    }

    private static string Kpi(string id, string label, string value) =>
        $"<div class=\"kpi\"><div class=\"label\">{Html.Text(label)}</div>"
        + $"<div class=\"value\" id=\"kpi-{id}\">{value}</div></div>";

    private static string TestLine(Texts t, TestResult? test) => test is null
        ? $"<p class=\"calm\" data-test=\"none\">{Html.Text(t["report.not_tested"])}</p>"
        : test.Significant
            ? $"<p class=\"flag\" data-test=\"significant\">⚑ {Html.Text(t["report.significant"])} "
                + $"({Html.Text(test.Test)}, {Html.P(test.PValue)})</p>"
            : $"<p class=\"calm\" data-test=\"not-significant\">{Html.Text(t["report.not_significant"])} "
                + $"({Html.Text(test.Test)}, {Html.P(test.PValue)})</p>";

    private static string Findings(Texts t, TrendReport r)
    {
        var html = new StringBuilder($"<section class=\"figure\" id=\"findings\">"
            + $"<h2>{Html.Text(t["report.findings"])}</h2><table><tbody>");
        void Row(string what, TestResult? test) =>
            html.Append($"<tr><td>{Html.Text(what)}</td><td>{TestLine(t, test)}</td></tr>");
        Row(t["report.created"], r.Created.Test);
        Row(t["report.escape"], r.Escape.Test);
        Row(t["report.components"], r.Components.Test);
        Row(t["report.severities"], r.Severities.Test);
        Row(t["report.close"], r.CloseTimes.Test);
        return html.Append($"</tbody></table><p class=\"muted\">{Html.Text(t["report.alpha"])}</p>"
            + $"</section>").ToString();
    }

    private static string Table(IReadOnlyList<string> header, IEnumerable<string[]> rows, string id)
    {
        var html = new StringBuilder($"<table data-table=\"{id}\"><thead><tr>");
        foreach (var (name, i) in header.Select((h, i) => (h, i)))
        {
            html.Append(i == 0 ? "<th>" : "<th class=\"n\">").Append(Html.Text(name)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var (cell, i) in row.Select((c, i) => (c, i)))
            {
                html.Append(i == 0 ? "<td>" : "<td class=\"n\">").Append(Html.Text(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }
}
