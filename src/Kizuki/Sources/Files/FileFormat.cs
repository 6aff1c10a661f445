namespace Kizuki.Sources.Files;

/// <summary>The export file shapes Kizuki can import.</summary>
internal enum FileFormat
{
    /// <summary>GitHub REST v3 issues: a JSON array or JSON lines, optionally gzip.</summary>
    GitHubJson,

    /// <summary>GitLab REST v4 issues: a JSON array or JSON lines, optionally gzip.</summary>
    GitLabJson,

    /// <summary>Jira REST issues (search or agile board): a JSON array, JSON lines, or a search page.</summary>
    JiraJson,

    /// <summary>Jira's "Export CSV" with its repeated column names.</summary>
    JiraCsv,
}
