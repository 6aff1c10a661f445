namespace Kizuki.Sources.Files;

/// <summary>Tells an export file's format from its first few kilobytes.</summary>
internal static class FileFormatDetector
{
    private const int SniffLength = 64 * 1024;

    /// <summary>The format of the file at <paramref name="path"/>.</summary>
    /// <exception cref="SourceException">Nothing in the file's start identifies a known format.</exception>
    public static FileFormat Detect(string path)
    {
        var head = ExportFile.Head(path, SniffLength).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (head.StartsWith('[') || head.StartsWith('{'))
        {
            // Property names that only one tracker's issue objects carry.
            if (head.Contains("\"fields\"", StringComparison.Ordinal)
                && head.Contains("\"key\"", StringComparison.Ordinal))
            {
                return FileFormat.JiraJson;
            }

            if (head.Contains("\"iid\"", StringComparison.Ordinal)
                && head.Contains("\"project_id\"", StringComparison.Ordinal))
            {
                return FileFormat.GitLabJson;
            }

            if (head.Contains("\"number\"", StringComparison.Ordinal)
                && head.Contains("\"repository_url\"", StringComparison.Ordinal))
            {
                return FileFormat.GitHubJson;
            }
        }
        else
        {
            var firstLine = head.Split('\n', 2)[0];
            if (firstLine.Contains("Summary", StringComparison.Ordinal)
                && (firstLine.Contains("Issue key", StringComparison.Ordinal)
                    || firstLine.Contains("Issue id", StringComparison.Ordinal)))
            {
                return FileFormat.JiraCsv;
            }
        }

        throw new SourceException(
            $"{path}: unknown format (not a GitHub, GitLab or Jira JSON dump nor a Jira CSV export); " +
            "name it with --format github-json|gitlab-json|jira-json|jira-csv");
    }

    /// <summary>Parses a <c>--format</c> value.</summary>
    /// <exception cref="SourceException">The name is not one of the known formats.</exception>
    public static FileFormat Parse(string name) => name.ToLowerInvariant() switch
    {
        "github-json" or "github" => FileFormat.GitHubJson,
        "gitlab-json" or "gitlab" => FileFormat.GitLabJson,
        "jira-json" or "jira" => FileFormat.JiraJson,
        "jira-csv" or "csv" => FileFormat.JiraCsv,
        _ => throw new SourceException(
            $"unknown format '{name}': use github-json, gitlab-json, jira-json or jira-csv"),
    };
}
