namespace Kizuki.Web;

/// <summary>Every page route of <c>kizuki serve</c>, with the headers that keep untrusted issue text inert.</summary>
internal static class WebRoutes
{
    // Scripts only from our own file: a title that slipped past escaping still could not run.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
        + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>Maps the dashboard, meeting, report and static files onto <paramref name="app"/>.</summary>
    public static void Map(WebApplication app, KizukiWeb web)
    {
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";

            // Forms post without tokens; a post from another site's page is refused instead.
            var origin = context.Request.Headers.Origin.ToString();
            if (HttpMethods.IsPost(context.Request.Method) && origin.Length > 0
                && !(Uri.TryCreate(origin, UriKind.Absolute, out var from)
                    && string.Equals(from.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase)))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            await next(context);
        });

        app.MapGet("/static/kizuki.css", () => Results.Text(Layout.Css, "text/css; charset=utf-8"));
        app.MapGet("/static/kizuki.js", () => Results.Text(Layout.Script, "text/javascript; charset=utf-8"));
        DashboardEndpoints.Map(app, web);
        MeetingEndpoints.Map(app, web);
        ReportEndpoints.Map(app, web);
    }
}
