using k8s;
using YamlDotNet.Core;

namespace Deploy.Tests.Infrastructure;

/// <summary>
/// Reads manifests into the typed Kubernetes API models of KubernetesClient, strictly: a field
/// the API does not define for that kind, a value of the wrong type or an unknown apiVersion
/// and kind is an error, as it is for <c>kubectl apply --validate=strict</c>. The models do not
/// carry the API's required-field rules; the cross-reference tests check the ones that matter.
/// </summary>
public static class ManifestValidator
{
    /// <summary>Every document of <paramref name="yaml"/> as its model type.</summary>
    /// <exception cref="ManifestException">A document does not match the schema of its kind.</exception>
    public static IReadOnlyList<object> Parse(string yaml)
    {
        var documents = yaml.Split("\n---\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var objects = new List<object>();
        foreach (var document in documents)
        {
            try
            {
                objects.AddRange(KubernetesYaml.LoadAllFromString(document, strict: true));
            }
            catch (Exception ex) when (ex is YamlException or KeyNotFoundException)
            {
                throw new ManifestException($"{Describe(document)}: {Messages(ex)}", ex);
            }
        }

        return objects;
    }

    private static string Describe(string document)
    {
        var lines = document.Split('\n');
        var kind = lines.FirstOrDefault(l => l.StartsWith("kind:", StringComparison.Ordinal)) ?? "kind: ?";
        var name = lines.FirstOrDefault(l => l.StartsWith("  name:", StringComparison.Ordinal)) ?? "name: ?";
        return $"{kind.Trim()} {name.Trim()}";
    }

    // YamlDotNet wraps a type mismatch in a generic message; the inner one names the field.
    private static string Messages(Exception ex) =>
        ex.InnerException is { } inner ? $"{ex.Message} ({Messages(inner)})" : ex.Message;
}
