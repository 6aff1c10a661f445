using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Kizuki.Tests.Fixtures;

/// <summary>
/// GitLab's <c>GET /api/v4/projects/:id/issues</c> over the real GitLab dump: PRIVATE-TOKEN
/// check, <c>updated_after</c>, update order, X-Page/X-Next-Page/X-Total and Link headers,
/// RateLimit-* headers, and a 429 with Retry-After on request.
/// </summary>
internal sealed class GitLabReplay
{
    public const string Token = "glpat-replay";

    private int _requests;

    public GitLabReplay() =>
        Issues = [.. JsonNode.Parse(File.ReadAllText(DefectData.GitLab))!.AsArray().Select(n => n!.AsObject())];

    public List<JsonObject> Issues { get; }

    public int PageSize { get; set; } = 5;

    public bool FailWith500 { get; set; }

    /// <summary>When set, this request number (1-based) is answered 429 with Retry-After: 1.</summary>
    public int? TooManyOnRequest { get; set; }

    /// <summary>Every accepted <c>add_labels</c>: issue iid and the labels added.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<(string Iid, string[] Labels)> LabelWrites { get; } = new();

    /// <summary>
    /// <c>PUT /projects/:id/issues/:iid</c> with <c>add_labels</c> (comma-separated, JSON or form
    /// body): adds the labels and answers 200 with the issue, like GitLab.
    /// </summary>
    public void MapWrites(WebApplication app) => app.MapPut(
        "/api/v4/projects/{id}/issues/{iid}",
        async (HttpContext context, string iid) =>
        {
            if (context.Request.Headers["PRIVATE-TOKEN"] != Token)
            {
                return Results.Json(new { message = "401 Unauthorized" }, statusCode: 401);
            }

            var issue = Issues.FirstOrDefault(i => i["iid"]!.ToString() == iid);
            if (issue is null)
            {
                return Results.Json(new { message = "404 Not found" }, statusCode: 404);
            }

            var added = context.Request.HasFormContentType
                ? (await context.Request.ReadFormAsync())["add_labels"].ToString()
                : (string?)(await JsonNode.ParseAsync(context.Request.Body))?["add_labels"] ?? string.Empty;
            var names = added.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            LabelWrites.Enqueue((iid, names));
            var labels = issue["labels"] as JsonArray ?? [];
            issue["labels"] = labels;
            foreach (var name in names.Where(n => labels.All(l => (string?)l != n)))
            {
                labels.Add(name);
            }

            return Results.Text(issue.ToJsonString(), "application/json");
        });

    public void Map(WebApplication app) => app.MapGet("/api/v4/projects/{id}/issues", (HttpContext context) =>
    {
        var request = context.Request;
        var response = context.Response;
        var number = Interlocked.Increment(ref _requests);
        response.Headers["RateLimit-Limit"] = "2000";
        response.Headers["RateLimit-Observed"] = number.ToString(CultureInfo.InvariantCulture);
        response.Headers["RateLimit-Remaining"] = (2000 - number).ToString(CultureInfo.InvariantCulture);
        response.Headers["RateLimit-Reset"] = DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeSeconds()
            .ToString(CultureInfo.InvariantCulture);

        if (request.Headers["PRIVATE-TOKEN"] != Token)
        {
            return Results.Json(new { message = "401 Unauthorized" }, statusCode: 401);
        }

        if (number == TooManyOnRequest)
        {
            response.Headers.RetryAfter = "1";
            return Results.Text("Retry later", "text/plain", statusCode: 429);
        }

        if (FailWith500)
        {
            return Results.Json(new { message = "500 Internal Server Error" }, statusCode: 500);
        }

        var after = request.Query["updated_after"].ToString() is { Length: > 0 } s
            ? DateTimeOffset.Parse(s, CultureInfo.InvariantCulture)
            : DateTimeOffset.MinValue;
        var matching = Issues
            .Where(i => DateTimeOffset.Parse((string)i["updated_at"]!, CultureInfo.InvariantCulture) >= after)
            .OrderBy(i => DateTimeOffset.Parse((string)i["updated_at"]!, CultureInfo.InvariantCulture))
            .ToList();
        var page = int.TryParse(request.Query["page"], out var p) ? p : 1;
        var perPage = Math.Min(PageSize, int.TryParse(request.Query["per_page"], out var pp) ? pp : 20);
        var totalPages = Math.Max(1, (matching.Count + perPage - 1) / perPage);
        response.Headers["X-Page"] = page.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Per-Page"] = perPage.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Total"] = matching.Count.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Total-Pages"] = totalPages.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Next-Page"] =
            page < totalPages ? (page + 1).ToString(CultureInfo.InvariantCulture) : string.Empty;
        response.Headers["X-Prev-Page"] = page > 1 ? (page - 1).ToString(CultureInfo.InvariantCulture) : string.Empty;
        if (page < totalPages)
        {
            var next = $"{request.Scheme}://{request.Host}{request.Path}?page={page + 1}&per_page={perPage}";
            response.Headers["Link"] = $"<{next}>; rel=\"next\"";
        }

        var body = new JsonArray([.. matching.Skip((page - 1) * perPage).Take(perPage).Select(i => i.DeepClone())]);
        return Results.Text(body.ToJsonString(), "application/json");
    });
}
