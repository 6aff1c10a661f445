using k8s;
using k8s.Models;

namespace Deploy.Tests.Infrastructure;

/// <summary>What one deploy/ directory renders to, as typed API objects.</summary>
public sealed record RenderedManifests(string Directory, string Yaml, IReadOnlyList<object> Objects)
{
    /// <summary>The objects of one model type, e.g. <see cref="V1Service"/>.</summary>
    public IEnumerable<T> All<T>() => Objects.OfType<T>();

    /// <summary>The single object of type <typeparamref name="T"/> named <paramref name="name"/>.</summary>
    public T Named<T>(string name)
        where T : IKubernetesObject<V1ObjectMeta> =>
        All<T>().SingleOrDefault(o => o.Metadata.Name == name)
        ?? throw new InvalidOperationException($"deploy/{Directory} renders no {typeof(T).Name} named {name}.");

    /// <summary>The value of <paramref name="key"/> in a rendered Secret, from data or stringData.</summary>
    public string SecretValue(string secret, string key)
    {
        var found = Named<V1Secret>(secret);
        if (found.StringData?.TryGetValue(key, out var text) == true)
        {
            return text;
        }

        return found.Data?.TryGetValue(key, out var bytes) == true
            ? System.Text.Encoding.UTF8.GetString(bytes)
            : throw new InvalidOperationException($"Secret {secret} in deploy/{Directory} has no key {key}.");
    }

    /// <summary>The value of <paramref name="key"/> in a rendered ConfigMap.</summary>
    public string ConfigMapValue(string configMap, string key) =>
        Named<V1ConfigMap>(configMap).Data?.TryGetValue(key, out var value) == true
            ? value
            : throw new InvalidOperationException($"ConfigMap {configMap} in deploy/{Directory} has no key {key}.");
}
