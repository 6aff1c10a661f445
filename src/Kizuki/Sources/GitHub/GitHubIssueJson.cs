using System.Text.Json;
using Kizuki.Model;

namespace Kizuki.Sources.GitHub;

/// <summary>Maps one item of GitHub's REST v3 issues listing to a <see cref="Defect"/>.</summary>
internal static class GitHubIssueJson
{
    /// <summary>
    /// The issue, or null for a pull request. GitHub lists pull requests among issues; dumps mark
    /// them with a non-null <c>pull_request</c> object (issues carry <c>"pull_request": null</c>).
    /// </summary>
    public static Defect? Map(JsonElement item, string? source)
    {
        if (JsonFields.Has(item, "pull_request"))
        {
            return null;
        }

        var state = JsonFields.RequiredText(item, "state");
        return new Defect
        {
            Source = source ?? SourceOf(item),
            Key = JsonFields.RequiredText(item, "number"),
            Url = JsonFields.Text(item, "html_url"),
            Title = JsonFields.Text(item, "title") ?? string.Empty,
            Body = JsonFields.Text(item, "body"),
            State = state == "closed" ? IssueState.Closed : IssueState.Open,
            Status = JsonFields.Text(item, "state_reason"),
            CreatedAt = UtcTime.ParseIso(JsonFields.RequiredText(item, "created_at")),
            ClosedAt = UtcTime.ParseIsoOrNull(JsonFields.Text(item, "closed_at")),
            UpdatedAt = UtcTime.ParseIso(JsonFields.RequiredText(item, "updated_at")),
            Labels = JsonFields.Names(JsonFields.At(item, "labels")),
            Type = JsonFields.Text(item, "type", "name"),
            Assignee = JsonFields.Text(item, "assignee", "login"),
            Milestone = JsonFields.Text(item, "milestone", "title"),
        };
    }

    /// <summary><c>github:owner/repo</c> from the item's <c>repository_url</c>.</summary>
    public static string SourceOf(JsonElement item)
    {
        var url = JsonFields.Text(item, "repository_url") ?? string.Empty;
        var marker = url.IndexOf("/repos/", StringComparison.Ordinal);
        return marker < 0 ? "github:unknown" : "github:" + url[(marker + "/repos/".Length)..];
    }
}
