using System.Text;
using Kizuki.Analysis;
using Kizuki.Export;

namespace Kizuki.Web;

/// <summary>The trend report on screen (/report), as a self-contained HTML file and as xlsx.</summary>
internal static class ReportEndpoints
{
    /// <summary>Maps /report, /report/export.html and /report/export.xlsx.</summary>
    public static void Map(WebApplication app, KizukiWeb web)
    {
        app.MapGet("/report", async (HttpContext context, CancellationToken token) =>
        {
            var t = Texts.For(Language.Of(context));
            var (index, report) = await BuildAsync(context, web, token);
            var query = Query(report);
            var body = new StringBuilder(Form(t, index, report))
                .Append("<div class=\"downloads\">")
                .Append($"<a class=\"button\" href=\"/report/export.html?{query}\" "
                    + $"download>{Html.Text(t["report.html"])}</a>")
                .Append($"<a class=\"button\" href=\"/report/export.xlsx?{query}\" "
                    + $"download>{Html.Text(t["report.xlsx"])}</a>")
                .Append("</div>").Append(ReportPage.Render(t, index, report)).ToString();
            var title = t["report.title"] + " " + report.Period.Name;
            return Results.Content(Layout.Page(context, t, title, "report", body), "text/html; charset=utf-8");
        });

        app.MapGet("/report/export.html", async (HttpContext context, CancellationToken token) =>
        {
            var t = Texts.For(Language.Of(context));
            var (index, report) = await BuildAsync(context, web, token);
            var source = report.Source is { } s ? " · " + s : string.Empty;
            var title = Html.Text(t["report.title"] + " " + report.Period.Name + source);

            // No script and no links out: the file opens the same from a mail attachment or a share.
            var page = $"<!DOCTYPE html><html lang=\"{t.Language}\"><head><meta charset=\"utf-8\">"
                + $"<title>{title}</title>"
                + $"<style>{Layout.Css}</style></head><body><main><h1>{title}</h1>"
                + ReportPage.Render(t, index, report).Replace("<button type=\"button\" data-png", "<button hidde"
                    + "n data-png", StringComparison.Ordinal)
                + "</main></body></html>";
            context.Response.Headers.ContentDisposition = $"attachment; "
                + $"filename=\"kizuki-report-{report.Period.Name}.html\"";
            return Results.Content(page, "text/html; charset=utf-8");
        });

        app.MapGet("/report/export.xlsx", async (HttpContext context, CancellationToken token) =>
        {
            var (_, report) = await BuildAsync(context, web, token);
            var buffer = new MemoryStream();
            await ReportWorkbook.WriteAsync(report, buffer, token);
            buffer.Position = 0;
            return Results.File(buffer, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                $"kizuki-report-{report.Period.Name}.xlsx");
        });
    }

    private static async Task<(DefectIndex Index, TrendReport Report)> BuildAsync(
        HttpContext context,
        KizukiWeb web,
        CancellationToken token)
    {
        var index = await web.Index.GetAsync(token);
        var source = context.Request.Query["source"].ToString() is { Length: > 0 } s ? s : null;
        var period = ReportPeriod.Parse(context.Request.Query["period"]) ?? DefaultPeriod(index, source, web.Today);
        return (index, ReportCalculator.Compute(index, period, source));
    }

    // The month of the newest bug: a report on an empty current month helps nobody.
    private static ReportPeriod DefaultPeriod(DefectIndex index, string? source, DateOnly today)
    {
        var scope = new DashboardCalculator.Scope(index, new DashboardQuery { Source = source });
        var newest = -1;
        for (var i = 0; i < index.Count; i++)
        {
            if (index.CreatedDay[i] > newest && scope.Includes(i))
            {
                newest = index.CreatedDay[i];
            }
        }

        return ReportPeriod.Of(newest < 0 ? today : DateOnly.FromDayNumber(newest), quarter: false);
    }

    private static string Query(TrendReport report) =>
        "period=" + Uri.EscapeDataString(report.Period.Name)
        + (report.Source is { } s ? "&source=" + Uri.EscapeDataString(s) : string.Empty);

    private static string Form(Texts t, DefectIndex index, TrendReport report)
    {
        var html = new StringBuilder("<form class=\"filters\" method=\"get\" action=\"/report\">")
            .Append($"<label>{Html.Text(t["report.period"])}<input name=\"period\" "
                + $"value=\"{Html.Text(report.Period.Name)}\" ")
            .Append("pattern=\"\\d{4}-(Q[1-4]|\\d{2})\"></label>")
            .Append($"<label>{Html.Text(t["filter.source"])}<select name=\"source\"><option "
                + $"value=\"\">{Html.Text(t["filter.all_sources"])}</option>");
        foreach (var source in index.Sources.Order(StringComparer.Ordinal))
        {
            html.Append($"<option value"
                + $"=\"{Html.Text(source)}\"{(source == report.Source ? " selected" : string.Empty)}>")
                .Append($"{Html.Text(source)}</option>");
        }

        return html.Append($"</select></label><button type=\"submit\">{Html.Text(t["report.show"])}</button>"
            + $"</form>").ToString();
    }
}
