using System.Text;
using Kizuki.Analysis;

namespace Kizuki.Web;

/// <content>The phase matrix, the distributions and the growth curve.</content>
internal static partial class ReportPage
{
    private static string Matrix(Texts t, PhaseMatrix m)
    {
        var max = Math.Max(1, m.Counts.SelectMany(r => r).DefaultIfEmpty(0).Max());
        var html = new StringBuilder($"<section class=\"figure\" data-figure=\"phases\">"
            + $"<h2>{Html.Text(t["report.phases"])}</h2>")
            .Append($"<table data-table=\"phases\"><thead><tr><th>{Html.Text(t["report.injected"])}</th>");
        foreach (var detected in m.Detected)
        {
            html.Append($"<th class=\"n\">{Html.Text(Value(t, detected))}</th>");
        }

        html.Append("</tr></thead><tbody>");
        for (var row = 0; row < m.Injected.Count; row++)
        {
            html.Append($"<tr><th>{Html.Text(Value(t, m.Injected[row]))}</th>");
            foreach (var count in m.Counts[row])
            {
                var heat = count == 0 ? 0 : 1 + (int)Math.Min(4, count * 5 / max);
                html.Append($"<td class=\"n heat{heat}\">{Html.Count(count)}</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table></section>").ToString();
    }

    private static string DistributionFigure(
        Texts t,
        DefectIndex index,
        string id,
        string title,
        Distribution d,
        string current,
        string previous)
    {
        var top = d.Rows.Take(12).ToList();
        var svg = SvgChart.Bars(title, [.. top.Select(r => Value(t, r.Value))],
            [(current, [.. top.Select(r => (double)r.Current)]), (previous, [.. top.Select(r => (double)r.Previous)])]);
        var table = Table([t["col.value"], current, previous],
            d.Rows.Select(r => new[] { Value(t, r.Value), Html.Count(r.Current), Html.Count(r.Previous) }), id);
        return Layout.Figure(t, id, title, svg, table + TestLine(t, d.Test), null);
    }

    private static string Growth(Texts t, TrendReport r)
    {
        var curves = r.Fits.Select(f => (f.Model.ToString(), (Func<double, double>)f.At)).ToList();
        var svg = SvgChart.Growth(t["report.growth"], r.Growth, curves, r.GrowthStart);
        var table = r.Fits.Count == 0
            ? $"<p>{Html.Text(t["report.no_fit"])}</p>"
            : Table([t["report.model"], "R²", "RMSE", t["report.total"], t["report.observed"], t["report.remaining"]],
                r.Fits.Select(f => new[]
                {
                    f.Model.ToString(), Html.Number(f.RSquared, 4), Html.Number(f.Rmse, 1), Html.Number(f.A, 0),
                    Html.Number(f.Observed, 0), Html.Number(f.Remaining, 0),
                }), "fits");
        return Layout.Figure(t, "growth", t["report.growth"], svg, table, null);
    }

    private static string Value(Texts t, string value) => value == DashboardCalculator.NoValue ? t["none"] : value;
}
