using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Kizuki.Tests.Fixtures;

/// <summary>
/// Jira's <c>/rest/api/2/myself</c> and <c>/rest/api/2/search</c> over the real agile-board
/// dump. Like Jira, it reads a JQL <c>updated &gt;= "yyyy/MM/dd HH:mm"</c> clause in the
/// searching user's time zone (<see cref="UserTimeZone"/>), and pages with startAt/maxResults.
/// </summary>
internal sealed partial class JiraReplay
{
    public const string User = "qa@example.com";
    public const string Token = "jira-replay-token";

    public JiraReplay() =>
        Issues = [.. JsonNode.Parse(File.ReadAllText(DefectData.JiraBoard))!.AsArray().Select(n => n!.AsObject())];

    public List<JsonObject> Issues { get; }

    public string UserTimeZone { get; set; } = "America/Los_Angeles";

    public int PageSize { get; set; } = 10;

    public bool FailWith500 { get; set; }

    /// <summary>The JQL of every search, in order.</summary>
    public List<string> Searches { get; } = [];

    public static DateTimeOffset Updated(JsonObject issue) =>
        DateTimeOffset.ParseExact(
            (string)issue["fields"]!["updated"]!, "yyyy-MM-dd'T'HH:mm:ss.fffzzzz", CultureInfo.InvariantCulture);

    public static void Touch(JsonObject issue, DateTimeOffset when) =>
        issue["fields"]!["updated"] = when.ToOffset(TimeSpan.FromHours(8))
            .ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) + "+0800";

    /// <summary>Every accepted issue edit: key and the request body.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<(string Key, JsonObject Body)> Edits { get; } = new();

    /// <summary>
    /// <c>PUT /rest/api/2/issue/{key}</c> with <c>update.labels[].add</c> or <c>fields</c>: applies
    /// label adds and answers 204 No Content, like Jira; 400 with errorMessages for an empty body.
    /// </summary>
    public void MapWrites(WebApplication app) => app.MapPut("/rest/api/2/issue/"
        + "{key}", async (HttpContext context, string key) =>
    {
        if (!Authorized(context))
        {
            return Unauthorized();
        }

        var issue = Issues.FirstOrDefault(i => (string?)i["key"] == key);
        if (issue is null)
        {
            return Results.Json(
                new { errorMessages = new[] { "Issue does not exist" }, errors = new { } },
                statusCode: 404);
        }

        if (await JsonNode.ParseAsync(context.Request.Body) is not JsonObject body
            || (body["update"] is null && body["fields"] is null))
        {
            return Results.Json(
                new { errorMessages = new[] { "No fields or updates" }, errors = new { } },
                statusCode: 400);
        }

        Edits.Enqueue((key, body));
        var labels = issue["fields"]!["labels"] as JsonArray ?? [];
        issue["fields"]!["labels"] = labels;
        foreach (var add in body["update"]?["labels"]?.AsArray() ?? [])
        {
            if ((string?)add?["add"] is { } name && labels.All(l => (string?)l != name))
            {
                labels.Add(name);
            }
        }

        return Results.NoContent();
    });

    public void Map(WebApplication app)
    {
        app.MapGet("/rest/api/2/myself", (HttpContext context) => Authorized(context)
            ? Results.Json(new { accountId = "5e9711ba34f7b90c0fbc37d3", emailAddress = User, timeZone = UserTimeZone })
            : Unauthorized());

        app.MapGet("/rest/api/2/search", (HttpContext context) =>
        {
            if (!Authorized(context))
            {
                return Unauthorized();
            }

            if (FailWith500)
            {
                return Results.Json(
                    new { errorMessages = new[] { "Internal server error" }, errors = new { } }, statusCode: 500);
            }

            var jql = context.Request.Query["jql"].ToString();
            Searches.Add(jql);
            var from = DateTimeOffset.MinValue;
            if (UpdatedClause().Match(jql) is { Success: true } clause)
            {
                var local = DateTime.ParseExact(
                    clause.Groups[1].Value, "yyyy/MM/dd HH:mm", CultureInfo.InvariantCulture);
                var zone = TimeZoneInfo.FindSystemTimeZoneById(UserTimeZone);
                from = new DateTimeOffset(local, zone.GetUtcOffset(local));
            }

            var matching = Issues.Where(i => Updated(i) >= from).OrderBy(Updated).ToList();
            var startAt = int.TryParse(context.Request.Query["startAt"], out var s) ? s : 0;
            var max = Math.Min(PageSize, int.TryParse(context.Request.Query["maxResults"], out var m) ? m : 50);
            var page = new JsonObject
            {
                ["expand"] = "schema,names",
                ["startAt"] = startAt,
                ["maxResults"] = max,
                ["total"] = matching.Count,
                ["issues"] = new JsonArray([.. matching.Skip(startAt).Take(max).Select(i => i.DeepClone())]),
            };
            context.Response.Headers["X-RateLimit-Limit"] = "100";
            context.Response.Headers["X-RateLimit-Remaining"] = "99";
            return Results.Text(page.ToJsonString(), "application/json;charset=UTF-8");
        });
    }

    private static bool Authorized(HttpContext context) =>
        context.Request.Headers.Authorization.ToString()
            == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Token}"));

    private static IResult Unauthorized() =>
        Results.Text(
            "<html><body>Client must be authenticated to access this resource.</body></html>",
            "text/html",
            statusCode: 401);

    [GeneratedRegex(@"updated\s*>=\s*""([^""]+)""")]
    private static partial Regex UpdatedClause();
}
