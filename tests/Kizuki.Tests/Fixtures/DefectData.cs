namespace Kizuki.Tests.Fixtures;

/// <summary>
/// Paths of the real tracker files in the shared data folder; tests read them in place.
/// KIZUKI_DEFECTS_DIR overrides the folder (default: ../shared/data/defects beside the repository).
/// </summary>
internal static class DefectData
{
    public static readonly string Directory = Locate();

    public static string GitHubHuggingFace => Path.Combine(Directory, "github-huggingface-datasets-issues.jsonl.gz");

    public static string GitHubAnts => Path.Combine(Directory, "github-rest-ants-issues.json");

    public static string GitLab => Path.Combine(Directory, "gitlab-rest-issues.json");

    public static string JiraBoard => Path.Combine(Directory, "jira-rest-agile-board.json");

    public static string JiraCsv => Path.Combine(Directory, "jira-export-hadoop-bugs.csv");

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("KIZUKI_DEFECTS_DIR") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "kura-kizuki.slnx")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "defects"));
            }
        }

        throw new InvalidOperationException("repository root (kura-kizuki.slnx) not found above the test binaries");
    }
}
