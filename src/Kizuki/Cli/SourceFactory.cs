using Kizuki.Sources;
using Kizuki.Sources.GitHub;
using Kizuki.Sources.GitLab;
using Kizuki.Sources.Jira;

namespace Kizuki.Cli;

/// <summary>Builds the API source a configuration entry names.</summary>
internal static class SourceFactory
{
    /// <summary>A source for <paramref name="settings"/>.</summary>
    /// <exception cref="SourceException">The kind is unknown or a required setting is missing.</exception>
    public static IDefectSource Create(TrackerSettings settings, HttpClient http, ILogger logger) =>
        settings.Kind.ToLowerInvariant() switch
        {
            "github" => new GitHubSource(settings, logger, TimeProvider.System),
            "gitlab" => new GitLabSource(settings, http, logger, TimeProvider.System),
            "jira" => new JiraSource(settings, http, logger, TimeProvider.System),
            _ => throw new SourceException($"unknown source kind '{settings.Kind}': use github, gitlab or jira"),
        };
}
