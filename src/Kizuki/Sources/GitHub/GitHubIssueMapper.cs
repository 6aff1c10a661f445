using Kizuki.Model;
using Octokit;

namespace Kizuki.Sources.GitHub;

/// <summary>Maps Octokit's issue model to a <see cref="Defect"/>.</summary>
internal static class GitHubIssueMapper
{
    /// <summary>The issue under <paramref name="source"/>.</summary>
    public static Defect Map(Issue issue, string source) => new()
    {
        Source = source,
        Key = issue.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Url = issue.HtmlUrl,
        Title = issue.Title ?? string.Empty,
        Body = issue.Body,
        State = issue.State.Value == ItemState.Closed ? IssueState.Closed : IssueState.Open,
        Status = issue.StateReason?.StringValue,
        CreatedAt = issue.CreatedAt.ToUniversalTime(),
        ClosedAt = issue.ClosedAt?.ToUniversalTime(),
        UpdatedAt = (issue.UpdatedAt ?? issue.CreatedAt).ToUniversalTime(),
        Labels = [.. issue.Labels.Select(l => l.Name).Distinct(StringComparer.Ordinal)],
        Assignee = issue.Assignee?.Login,
        Milestone = issue.Milestone?.Title,
    };
}
