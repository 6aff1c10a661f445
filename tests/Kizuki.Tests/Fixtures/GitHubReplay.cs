using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Kizuki.Tests.Fixtures;

/// <summary>
/// GitHub's <c>GET /repos/{owner}/{repo}/issues</c> (under /api/v3/, as for GitHub Enterprise)
/// over the real ants dump: token check, <c>since</c>, update order, pages of
/// <see cref="PageSize"/> with Link headers, and X-RateLimit-* headers.
/// </summary>
internal sealed class GitHubReplay
{
    public const string Token = "ghp_replay_token";

    /// <summary>The token with write access (a separate token, as a team would configure it).</summary>
    public const string WriteToken = "ghp_replay_write_token";

    public GitHubReplay() =>
        Issues = [.. JsonNode.Parse(File.ReadAllText(DefectData.GitHubAnts))!.AsArray().Select(n => n!.AsObject())];

    /// <summary>A replay over other issues, e.g. the huggingface dump read with <see cref="RawCounts"/>.</summary>
    public GitHubReplay(IEnumerable<JsonObject> issues) => Issues = [.. issues];

    public List<JsonObject> Issues { get; }

    public int PageSize { get; set; } = 10;

    public bool FailWith500 { get; set; }

    /// <summary>When set, the response to this request number (1-based) says the budget is spent.</summary>
    public int? ExhaustOnRequest { get; set; }

    private int _requests;

    /// <summary>Every accepted label write: issue number and the labels in the request body.</summary>
    public ConcurrentQueue<(string Number, string[] Labels)> LabelWrites { get; } = new();

    /// <summary>
    /// <c>POST /repos/{owner}/{repo}/issues/{number}/labels</c> with <c>{"labels": [...]}</c>: adds
    /// the labels to the issue and answers 200 with the issue's labels as label objects, like GitHub;
    /// 401 without the token, 404 for an unknown issue, 422 for a body without a labels array.
    /// </summary>
    public void MapWrites(WebApplication app) => app.MapPost(
        "/api/v3/repos/{owner}/{repo}/issues/{number}/labels",
        async (HttpContext context, string number) =>
        {
            var authorization = context.Request.Headers.Authorization.ToString().Split(' ', 2);
            if (authorization.Length != 2 || authorization[1] != WriteToken)
            {
                return Results.Json(new { message = "Bad credentials", status = "401" }, statusCode: 401);
            }

            var issue = Issues.FirstOrDefault(i => i["number"]!.ToString() == number);
            if (issue is null)
            {
                return Results.Json(new { message = "Not Found", status = "404" }, statusCode: 404);
            }

            var body = await JsonNode.ParseAsync(context.Request.Body);
            if (body?["labels"] is not JsonArray requested)
            {
                return Results.Json(new { message = "Invalid request.", status = "422" }, statusCode: 422);
            }

            var names = requested.Select(n => n!.GetValue<string>()).ToArray();
            LabelWrites.Enqueue((number, names));
            var labels = issue["labels"] as JsonArray ?? [];
            issue["labels"] = labels;
            foreach (var name in names.Where(n => labels.All(l => (string?)l!["name"] != n)))
            {
                labels.Add(new JsonObject
                {
                    ["id"] = labels.Count + 1,
                    ["name"] = name,
                    ["color"] = "ededed",
                    ["default"] = false,
                });
            }

            Touch(issue, DateTimeOffset.UtcNow);
            return Results.Text(labels.ToJsonString(), "application/json; charset=utf-8");
        });

    public void Map(WebApplication app) => app.MapGet("/api/v3/repos/{owner}/{repo}/issues", (HttpContext context) =>
    {
        var request = context.Request;
        var response = context.Response;
        var number = Interlocked.Increment(ref _requests);
        var exhausted = number == ExhaustOnRequest;
        response.Headers["X-RateLimit-Limit"] = "5000";
        response.Headers["X-RateLimit-Remaining"] =
            exhausted ? "0" : (5000 - number).ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset"] = DateTimeOffset.UtcNow.AddSeconds(exhausted ? 2 : 3600)
            .ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Used"] = number.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Resource"] = "core";

        // GitHub takes "token" and "Bearer", in any case; Octokit sends "Token".
        var authorization = request.Headers.Authorization.ToString().Split(' ', 2);
        if (authorization.Length != 2 || authorization[1] != Token
            || !(authorization[0].Equals("token", StringComparison.OrdinalIgnoreCase)
                 || authorization[0].Equals("bearer", StringComparison.OrdinalIgnoreCase)))
        {
            return Results.Json(
                new { message = "Bad credentials", documentation_url = "https://docs.github.com/rest", status = "401" },
                statusCode: 401);
        }

        if (FailWith500)
        {
            return Results.Json(new { message = "Server Error" }, statusCode: 500);
        }

        var since = request.Query["since"].ToString() is { Length: > 0 } s
            ? DateTimeOffset.Parse(s, CultureInfo.InvariantCulture)
            : DateTimeOffset.MinValue;
        var matching = Issues
            .Where(i => DateTimeOffset.Parse((string)i["updated_at"]!, CultureInfo.InvariantCulture) >= since)
            .OrderBy(i => (string)i["updated_at"]!, StringComparer.Ordinal)
            .ToList();
        var page = int.TryParse(request.Query["page"], out var p) ? p : 1;
        var perPage = Math.Min(PageSize, int.TryParse(request.Query["per_page"], out var pp) ? pp : 30);
        var last = Math.Max(1, (matching.Count + perPage - 1) / perPage);
        var links = new List<string>();
        if (page < last)
        {
            links.Add($"<{PageUrl(request, page + 1)}>; rel=\"next\"");
            links.Add($"<{PageUrl(request, last)}>; rel=\"last\"");
        }

        if (page > 1)
        {
            links.Add($"<{PageUrl(request, 1)}>; rel=\"first\"");
            links.Add($"<{PageUrl(request, page - 1)}>; rel=\"prev\"");
        }

        if (links.Count > 0)
        {
            response.Headers["Link"] = string.Join(", ", links);
        }

        var body = new JsonArray([.. matching.Skip((page - 1) * perPage).Take(perPage).Select(i => i.DeepClone())]);
        return Results.Text(body.ToJsonString(), "application/json; charset=utf-8");
    });

    public static void Touch(JsonObject issue, DateTimeOffset when) =>
        issue["updated_at"] = when.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string PageUrl(HttpRequest request, int page)
    {
        var query = request.Query.Where(q => q.Key != "page")
            .Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}")
            .Append($"page={page}");
        return $"{request.Scheme}://{request.Host}{request.Path}?{string.Join('&', query)}";
    }
}
