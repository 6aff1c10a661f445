using System.Text.Json;
using Kizuki.Model;

namespace Kizuki.Sources.GitLab;

/// <summary>Maps one item of GitLab's REST v4 issues listing to a <see cref="Defect"/>.</summary>
internal static class GitLabIssueJson
{
    /// <summary>The issue; GitLab lists only issues here, so nothing is skipped.</summary>
    public static Defect Map(JsonElement item, string? source)
    {
        var severity = JsonFields.Text(item, "severity");
        return new Defect
        {
            Source = source ?? SourceOf(item),
            Key = JsonFields.RequiredText(item, "iid"),
            Url = JsonFields.Text(item, "web_url"),
            Title = JsonFields.Text(item, "title") ?? string.Empty,
            Body = JsonFields.Text(item, "description"),
            State = JsonFields.Text(item, "state") == "closed" ? IssueState.Closed : IssueState.Open,
            Status = JsonFields.Text(item, "state"),
            CreatedAt = UtcTime.ParseIso(JsonFields.RequiredText(item, "created_at")),
            ClosedAt = UtcTime.ParseIsoOrNull(JsonFields.Text(item, "closed_at")),
            UpdatedAt = UtcTime.ParseIso(JsonFields.RequiredText(item, "updated_at")),
            Labels = JsonFields.Names(JsonFields.At(item, "labels")),
            Type = JsonFields.Text(item, "issue_type") ?? JsonFields.Text(item, "type"),
            Priority = severity is null or "UNKNOWN" ? null : severity,
            Assignee = JsonFields.Text(item, "assignee", "username"),
            Milestone = JsonFields.Text(item, "milestone", "title"),
        };
    }

    /// <summary><c>gitlab:group/project</c> from <c>references.full</c>, else the numeric project id.</summary>
    public static string SourceOf(JsonElement item)
    {
        var full = JsonFields.Text(item, "references", "full");
        var hash = full?.LastIndexOf('#') ?? -1;
        return hash > 0 ? "gitlab:" + full![..hash] : "gitlab:" + JsonFields.Text(item, "project_id");
    }
}
