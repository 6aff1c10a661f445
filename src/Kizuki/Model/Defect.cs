namespace Kizuki.Model;

/// <summary>
/// One issue or ticket as Kizuki keeps it, whatever tracker it came from. Every instant is
/// UTC; readers convert the tracker's own offset before building one.
/// </summary>
internal sealed record Defect
{
    /// <summary>Where the issue lives, e.g. <c>github:huggingface/datasets</c> or <c>jira:EE</c>.</summary>
    public required string Source { get; init; }

    /// <summary>The store's row id; 0 for an issue not read from a store.</summary>
    public long Id { get; init; }

    /// <summary>The tracker's own key: an issue number for GitHub/GitLab, <c>HADOOP-123</c> for Jira.</summary>
    public required string Key { get; init; }

    /// <summary>The issue's description as the tracker holds it (Markdown or wiki text), or null.</summary>
    public string? Body { get; init; }

    /// <summary>A link a person can open.</summary>
    public string? Url { get; init; }

    /// <summary>The issue's title or summary.</summary>
    public required string Title { get; init; }

    /// <summary>Open or closed, as the tracker reports it.</summary>
    public required IssueState State { get; init; }

    /// <summary>The tracker's own status name (Jira workflows have many), or null.</summary>
    public string? Status { get; init; }

    /// <summary>When the issue was filed.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the issue was closed or resolved; null while it is open.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>When the tracker last saw a change; the incremental cursor follows it.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Labels exactly as the tracker spells them; the source of truth for classification.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Issue type (Jira's Bug/缺陷, GitLab's issue/incident), or null.</summary>
    public string? Type { get; init; }

    /// <summary>Priority or severity as the tracker names it, or null.</summary>
    public string? Priority { get; init; }

    /// <summary>Resolution (Jira) such as Fixed or Duplicate, or null.</summary>
    public string? Resolution { get; init; }

    /// <summary>Components, comma-joined when the tracker has several, or null.</summary>
    public string? Component { get; init; }

    /// <summary>The assignee's login or display name, or null.</summary>
    public string? Assignee { get; init; }

    /// <summary>Milestone (GitHub/GitLab) or affected/fix version (Jira), or null.</summary>
    public string? Milestone { get; init; }

    /// <summary>Configured custom fields by name, rendered as invariant text (numbers included).</summary>
    public IReadOnlyDictionary<string, string?> Fields { get; init; } = new Dictionary<string, string?>();
}
