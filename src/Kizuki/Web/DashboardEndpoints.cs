using Kizuki.Analysis;

namespace Kizuki.Web;

/// <summary>The dashboard page (/) and its CSV figures (/csv/{figure}.csv).</summary>
internal static class DashboardEndpoints
{
    /// <summary>Maps / and /csv/{figure}.csv.</summary>
    public static void Map(WebApplication app, KizukiWeb web)
    {
        app.MapGet("/", async (HttpContext context, CancellationToken token) =>
        {
            var t = Texts.For(Language.Of(context));
            var index = await web.Index.GetAsync(token);
            var query = DashboardRequest.Parse(context.Request);
            var figures = DashboardCalculator.Compute(index, query, web.Today);
            var body = DashboardPage.Render(t, index, query, figures);
            return Results.Content(Layout.Page(context, t, t["nav.dashboard"], "dashboard", body), "text/html; "
                + "charset=utf-8");
        });

        app.MapGet("/csv/{figure}.csv", async (HttpContext context, string figure, CancellationToken token) =>
        {
            var index = await web.Index.GetAsync(token);
            var query = DashboardRequest.Parse(context.Request);
            var csv = DashboardCsv.Render(figure, DashboardCalculator.Compute(index, query, web.Today), query);
            return csv is null ? Results.NotFound() : Results.Text(csv, "text/csv; charset=utf-8");
        });
    }
}
