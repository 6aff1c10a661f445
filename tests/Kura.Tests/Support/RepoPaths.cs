namespace Kura.Tests.Support;

/// <summary>Finds folders of the repository from the test output directory.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root, the folder that holds kura-kizuki.slnx.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The folder of the scripts that the client tests run.</summary>
    public static string Scripts => Path.Combine(Root, "tests", "Kura.Tests", "Scripts");

    /// <summary>The npm project of the JavaScript SDK tests.</summary>
    public static string JsTests => Path.Combine(Root, "tests", "js");

    private static string FindRoot()
    {
        var start = new DirectoryInfo(AppContext.BaseDirectory);
        for (var dir = start; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "kura-kizuki.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("No kura-kizuki.slnx above " + start.FullName);
    }
}
