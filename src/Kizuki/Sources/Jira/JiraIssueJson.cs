using System.Text.Json;
using Kizuki.Model;

namespace Kizuki.Sources.Jira;

/// <summary>Maps one Jira REST issue (search or agile board shape) to a <see cref="Defect"/>.</summary>
internal static class JiraIssueJson
{
    /// <summary>The issue with the named custom fields copied into <see cref="Defect.Fields"/>.</summary>
    public static Defect Map(JsonElement issue, string? source, IReadOnlyCollection<string> customFields)
    {
        var fields = JsonFields.At(issue, "fields");
        var key = JsonFields.RequiredText(issue, "key");
        var resolved = UtcTime.ParseIsoOrNull(JsonFields.Text(fields, "resolutiondate"));
        var done = JsonFields.Text(fields, "status", "statusCategory", "key") == "done";
        var custom = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in customFields)
        {
            custom[name] = JsonFields.Render(JsonFields.At(fields, name));
        }

        return new Defect
        {
            Source = source ?? "jira:" + (JsonFields.Text(fields, "project", "key") ?? key.Split('-')[0]),
            Key = key,
            Url = BrowseUrl(JsonFields.Text(issue, "self"), key),
            Title = JsonFields.Text(fields, "summary") ?? string.Empty,
            Body = JsonFields.Text(fields, "description"),
            State = resolved is not null || done ? IssueState.Closed : IssueState.Open,
            Status = JsonFields.Text(fields, "status", "name"),
            CreatedAt = UtcTime.ParseIso(JsonFields.RequiredText(fields, "created")),
            ClosedAt = resolved,
            UpdatedAt = UtcTime.ParseIso(JsonFields.RequiredText(fields, "updated")),
            Labels = JsonFields.Names(JsonFields.At(fields, "labels")),
            Type = JsonFields.Text(fields, "issuetype", "name"),
            Priority = JsonFields.Text(fields, "priority", "name"),
            Resolution = JsonFields.Text(fields, "resolution", "name"),
            Component = JoinedOrNull(JsonFields.Names(JsonFields.At(fields, "components"))),
            Assignee = JsonFields.Text(fields, "assignee", "displayName"),
            Milestone = JoinedOrNull(JsonFields.Names(JsonFields.At(fields, "fixVersions")))
                ?? JoinedOrNull(JsonFields.Names(JsonFields.At(fields, "versions"))),
            Fields = custom,
        };
    }

    private static string? JoinedOrNull(List<string> names) => names.Count == 0 ? null : string.Join(", ", names);

    // "https://x.atlassian.net/rest/api/2/issue/10063" -> "https://x.atlassian.net/browse/EE-1"
    private static string? BrowseUrl(string? self, string key)
    {
        var rest = self?.IndexOf("/rest/", StringComparison.Ordinal) ?? -1;
        return rest < 0 ? null : self![..rest] + "/browse/" + key;
    }
}
