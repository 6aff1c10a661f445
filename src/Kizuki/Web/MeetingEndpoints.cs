using Kizuki.Model;

namespace Kizuki.Web;

/// <summary>The classification meeting's routes: start, one bug, list, decide, end, summary.</summary>
internal static partial class MeetingEndpoints
{
    /// <summary>The cookie remembering the name given when starting a meeting.</summary>
    public const string UserCookie = "kizuki_user";

    /// <summary>Maps the routes under /meeting.</summary>
    public static void Map(WebApplication app, KizukiWeb web)
    {
        app.MapGet("/meeting", async (HttpContext context, CancellationToken token) =>
        {
            var t = Texts.For(Language.Of(context));
            var meetings = await web.Store.ListMeetingsAsync(20, token);
            return Page(context, t, t["meeting.title"], MeetingPages.Start(t, meetings, Who(context, null), web));
        });

        app.MapPost("/meeting/start", async (HttpContext context, CancellationToken token) =>
        {
            var form = await context.Request.ReadFormAsync(token);
            var who = Who(context, form["who"].ToString());
            context.Response.Cookies.Append(UserCookie, who, new CookieOptions
            {
                HttpOnly = true,
                SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax,
                MaxAge = TimeSpan.FromDays(365),
            });
            var meeting = await web.Store.StartMeetingAsync(who, web.Time.GetUtcNow(), token);
            return Results.Redirect($"/meeting/{meeting.Id}");
        });

        app.MapGet("/meeting/{id:long}", async (long id, CancellationToken token) =>
        {
            if (await web.Store.GetMeetingAsync(id, token) is not { } meeting)
            {
                return Results.NotFound();
            }

            var agenda = await AgendaAsync(web, meeting, token);
            return Results.Redirect(agenda.Count > 0 ? $"/meeting/{id}/bug/{agenda[0]}" : $"/meeting/{id}/list");
        });

        app.MapGet("/meeting/{id:long}/list", (HttpContext context, long id, CancellationToken token) =>
            ListAsync(context, web, id, token));
        app.MapGet("/meeting/{id:long}/bug/{defectId:long}",
            (HttpContext context, long id, long defectId, CancellationToken token) =>
                BugAsync(context, web, id, defectId, token));
        app.MapPost("/meeting/{id:long}/decide", (HttpContext context, long id, CancellationToken token) =>
            DecideAsync(context, web, id, token));
        app.MapPost("/meeting/{id:long}/end", async (long id, CancellationToken token) =>
        {
            await web.Store.EndMeetingAsync(id, web.Time.GetUtcNow(), token);
            return Results.Redirect($"/meeting/{id}/summary");
        });
        app.MapGet("/meeting/{id:long}/summary", (HttpContext context, long id, CancellationToken token) =>
            SummaryAsync(context, web, id, token));
    }

    /// <summary>
    /// Who is deciding: a name set by an authenticating proxy in front (X-Forwarded-User or
    /// X-Auth-Request-User) wins; else the name typed when starting, remembered in a cookie.
    /// The meeting itself does no authentication.
    /// </summary>
    public static string Who(HttpContext context, string? typed)
    {
        var headers = context.Request.Headers;
        var fromProxy = headers["X-Forwarded-User"].ToString() is { Length: > 0 } forwarded
            ? forwarded
            : headers["X-Auth-Request-User"].ToString();
        var name = fromProxy is { Length: > 0 } ? fromProxy
            : typed is { Length: > 0 } ? typed
            : context.Request.Cookies[UserCookie] ?? string.Empty;
        name = name.Trim();
        return name.Length > 100 ? name[..100] : name;
    }

    private static IResult Page(HttpContext context, Texts t, string title, string body) =>
        Results.Content(Layout.Page(context, t, title, "meeting", body), "text/html; charset=utf-8");

    private static async Task<List<long>> AgendaAsync(KizukiWeb web, Meeting meeting, CancellationToken token)
    {
        var index = await web.Index.GetAsync(token);
        var decisions = await web.Store.ListDecisionsAsync(meeting.Id, token);
        return MeetingAgenda.Of(index, meeting, decisions);
    }
}
