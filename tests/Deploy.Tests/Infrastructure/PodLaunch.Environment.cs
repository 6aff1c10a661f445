using System.Text.RegularExpressions;
using k8s.Models;

namespace Deploy.Tests.Infrastructure;

/// <summary>Environment, volumes and text mapping of <see cref="PodLaunch"/>.</summary>
public sealed partial class PodLaunch
{
    /// <summary>The container's environment in order, references resolved, as the kubelet builds it.</summary>
    private Dictionary<string, string> Environment()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in Container.EnvFrom ?? [])
        {
            foreach (var (name, value) in EnvFromValues(source))
            {
                environment[source.Prefix + name] = value;
            }
        }

        foreach (var variable in Container.Env ?? [])
        {
            environment[variable.Name] = variable switch
            {
                { ValueFrom.SecretKeyRef: { } s } => _rendered.SecretValue(s.Name, s.Key),
                { ValueFrom.ConfigMapKeyRef: { } c } => Map(_rendered.ConfigMapValue(c.Name, c.Key)),
                { ValueFrom: { } } => throw new NotSupportedException(
                    $"{variable.Name}: only Secret and ConfigMap references run locally."),
                _ => Expand(Map(variable.Value ?? ""), environment),
            };
        }

        if (_mounts.TryGetValue("/tmp", out var tmp))
        {
            environment["TMPDIR"] = tmp;
        }

        return environment;
    }

    private IEnumerable<(string Name, string Value)> EnvFromValues(V1EnvFromSource source)
    {
        if (source.SecretRef is { } secretRef)
        {
            var secret = _rendered.Named<V1Secret>(secretRef.Name);
            var keys = (secret.StringData?.Keys ?? []).Concat(secret.Data?.Keys ?? []).Distinct();
            return keys.Select(key => (key, _rendered.SecretValue(secretRef.Name, key)));
        }

        var data = _rendered.Named<V1ConfigMap>(source.ConfigMapRef.Name).Data ?? new Dictionary<string, string>();
        return data.Select(pair => (pair.Key, Map(pair.Value)));
    }

    private void WriteConfigMapVolumes()
    {
        foreach (var mount in Container.VolumeMounts ?? [])
        {
            var volume = _pod.Volumes?.SingleOrDefault(v => v.Name == mount.Name);
            if (volume?.ConfigMap is not { } source)
            {
                continue;
            }

            var files = _rendered.Named<V1ConfigMap>(source.Name).Data ?? new Dictionary<string, string>();
            foreach (var (key, text) in files)
            {
                File.WriteAllText(Path.Combine(_mounts[mount.MountPath], key), Map(text));
            }
        }
    }

    /// <summary>Applies the rewrites, then moves every mount path to its local folder.</summary>
    private string Map(string text)
    {
        foreach (var (from, to) in _rewrites)
        {
            if (text.Contains(from, StringComparison.Ordinal))
            {
                _rewritesUsed.Add(from);
                text = text.Replace(from, to, StringComparison.Ordinal);
            }
        }

        if (_mounts.Count == 0)
        {
            return text;
        }

        // One pass over all mount paths, longest first, so a local folder that itself lies
        // under a mount path (/tmp) is never mapped a second time. A mount path counts only
        // as a whole path: /data and /data/x, not /database.
        var alternatives = string.Join('|', _mounts.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        var pattern = $@"(?<![\w./-])({alternatives})(?=/|$|[\s""';,])";
        return Regex.Replace(text, pattern, match => _mounts[match.Groups[1].Value], RegexOptions.Multiline);
    }

    /// <summary>The kubelet's $(VAR) expansion in args and env values; $$ escapes a dollar.</summary>
    private static string Expand(string text, Dictionary<string, string> environment) =>
        VariableReference().Replace(text, match => match.Value == "$$"
            ? "$"
            : environment.TryGetValue(match.Groups[1].Value, out var value) ? value : match.Value);

    [GeneratedRegex(@"\$\$|\$\(([A-Za-z_][A-Za-z0-9_]*)\)")]
    private static partial Regex VariableReference();
}
