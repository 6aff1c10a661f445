namespace Deploy.Tests.Infrastructure;

/// <summary>The built programs the container images would hold.</summary>
public static class Binaries
{
    /// <summary>src/Kura's build output, as <c>dotnet build src/Kura -c Release</c> leaves it.</summary>
    public static string Kura => Find("Kura", "kura.dll");

    /// <summary>src/Kizuki's build output, as <c>dotnet build src/Kizuki -c Release</c> leaves it.</summary>
    public static string Kizuki => Find("Kizuki", "kizuki.dll");

    private static string Find(string project, string assembly)
    {
        // Release is what scripts/test.sh builds; Debug serves a developer's quick run.
        foreach (var configuration in new[] { "Release", "Debug" })
        {
            var path = RepositoryRoot.Combine("src", project, "bin", configuration, "net10.0", assembly);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException(
            $"{assembly} is not built; run `dotnet build src/{project} -c Release` first.", assembly);
    }
}
