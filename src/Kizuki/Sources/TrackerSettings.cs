namespace Kizuki.Sources;

/// <summary>One tracker to sync, as configured.</summary>
internal sealed record TrackerSettings
{
    /// <summary>github, gitlab or jira.</summary>
    public required string Kind { get; init; }

    /// <summary>API root: https://api.github.com/, https://gitlab.com/, https://x.atlassian.net/.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>GitHub <c>owner/repo</c>, or GitLab project id or <c>group/project</c> path.</summary>
    public string? Project { get; init; }

    /// <summary>Jira JQL selecting the issues, e.g. <c>project = HADOOP AND issuetype = Bug</c>.</summary>
    public string? Jql { get; init; }

    /// <summary>Jira user (e-mail) for basic auth; without it the token is sent as a bearer token.</summary>
    public string? User { get; init; }

    /// <summary>The API token; read from the environment or a file, never logged.</summary>
    public string? Token { get; init; }

    /// <summary>A token allowed to write labels and fields; decisions stay local without one.</summary>
    public string? WriteToken { get; init; }

    /// <summary>Custom fields to keep (Jira field ids such as <c>customfield_10024</c>).</summary>
    public IReadOnlyCollection<string> CustomFields { get; init; } = [];

    /// <summary>Issues per page (the trackers cap it at 100).</summary>
    public int PageSize { get; init; } = 100;

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {BaseUrl} {Project ?? Jql}";
}
