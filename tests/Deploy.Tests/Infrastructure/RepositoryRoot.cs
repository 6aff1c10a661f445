namespace Deploy.Tests.Infrastructure;

/// <summary>Finds the repository from wherever the test assembly runs.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The folder holding kura-kizuki.slnx.</summary>
    public static string Path => Root.Value;

    /// <summary>A path below the repository root, from '/'-separated parts.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "kura-kizuki.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No kura-kizuki.slnx above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}
