using System.Collections.Concurrent;
using System.Diagnostics;

namespace Deploy.Tests.Infrastructure;

/// <summary>
/// Renders deploy/ directories with <c>kubectl kustomize</c>, the same renderer
/// <c>kubectl apply -k</c> uses, once per directory per test run.
/// </summary>
public static class Kustomize
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<RenderedManifests>>> Cache = new();

    /// <summary>Every directory a person deploys: each namespace and each overlay.</summary>
    public static IEnumerable<string> DeployableDirectories()
    {
        foreach (var parent in new[] { "namespaces", "overlays" })
        {
            foreach (var folder in Directory.GetDirectories(RepositoryRoot.Combine("deploy", parent)).Order())
            {
                yield return $"{parent}/{Path.GetFileName(folder)}";
            }
        }
    }

    /// <summary>The rendered objects of deploy/<paramref name="directory"/>.</summary>
    public static Task<RenderedManifests> RenderAsync(string directory) =>
        Cache.GetOrAdd(directory, d => new Lazy<Task<RenderedManifests>>(() => RunAsync(d))).Value;

    /// <summary>The raw YAML <c>kubectl kustomize</c> prints for deploy/<paramref name="directory"/>.</summary>
    public static async Task<string> BuildYamlAsync(string directory)
    {
        var start = new ProcessStartInfo("kubectl")
        {
            ArgumentList = { "kustomize", RepositoryRoot.Combine("deploy", directory) },
        };
        var (exitCode, output, error) = await ProcessRunner.RunAsync(start, TimeSpan.FromSeconds(60));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"kubectl kustomize deploy/{directory} failed ({exitCode}): {error}");
        }

        return output;
    }

    private static async Task<RenderedManifests> RunAsync(string directory)
    {
        var yaml = await BuildYamlAsync(directory);
        return new RenderedManifests(directory, yaml, ManifestValidator.Parse(yaml));
    }
}
