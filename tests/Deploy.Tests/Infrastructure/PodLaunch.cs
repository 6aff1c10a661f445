using System.Diagnostics;
using k8s.Models;

namespace Deploy.Tests.Infrastructure;

/// <summary>
/// Turns one container of a rendered pod template into a local process, as close to what the
/// kubelet would run as a machine without containers allows: the container's args, its
/// environment with Secret and ConfigMap references resolved from the same rendered output,
/// ConfigMap volumes written out as files, every other volume a fresh temporary folder. What
/// must differ (paths, listen addresses, cluster DNS names) is changed by explicit rewrites,
/// and a rewrite that never matched is reported so a test can fail on it.
/// </summary>
public sealed partial class PodLaunch : IDisposable
{
    private readonly RenderedManifests _rendered;
    private readonly V1PodSpec _pod;
    private readonly string _root = Directory.CreateTempSubdirectory("deploy-tests-").FullName;
    private readonly Dictionary<string, string> _mounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _rewrites = new(StringComparer.Ordinal);
    private readonly HashSet<string> _rewritesUsed = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _ports = [];

    /// <summary>Prepares <paramref name="containerName"/> of <paramref name="template"/>.</summary>
    public PodLaunch(RenderedManifests rendered, V1PodTemplateSpec template, string containerName)
    {
        _rendered = rendered;
        _pod = template.Spec;
        Container = _pod.Containers.Single(c => c.Name == containerName);
        foreach (var mount in Container.VolumeMounts ?? [])
        {
            _mounts[mount.MountPath] = Directory.CreateDirectory(Path.Combine(_root, $"mount{_mounts.Count}")).FullName;
        }
    }

    /// <summary>The container as rendered.</summary>
    public V1Container Container { get; }

    /// <summary>Rewrites that matched nothing so far, i.e. text the manifest does not contain.</summary>
    public IEnumerable<string> UnusedRewrites => _rewrites.Keys.Where(k => !_rewritesUsed.Contains(k));

    /// <summary>The local folder standing in for <paramref name="mountPath"/>.</summary>
    public string LocalPath(string mountPath) => _mounts[mountPath];

    /// <summary>Gives <paramref name="containerPort"/> a free loopback port; returns it.</summary>
    public int MapPort(int containerPort) => _ports[containerPort] = FreePort.Next();

    /// <summary>The loopback port standing in for <paramref name="containerPort"/>.</summary>
    public int LocalPort(int containerPort) => _ports.TryGetValue(containerPort, out var port)
        ? port
        : throw new InvalidOperationException($"Container port {containerPort} was not mapped to a local one.");

    /// <summary>Replaces <paramref name="from"/> by <paramref name="to"/> in args, env and config files.</summary>
    public void Rewrite(string from, string to) => _rewrites[from] = to;

    /// <summary>
    /// How to start the container's program from <paramref name="assembly"/>, with the container's args
    /// or, for a one-off command in the same pod, <paramref name="args"/>.
    /// </summary>
    public ProcessStartInfo StartInfo(string assembly, IEnumerable<string>? args = null)
    {
        if (Container.Command is { Count: > 0 })
        {
            throw new NotSupportedException($"{Container.Name} overrides the image's command; run it by hand.");
        }

        WriteConfigMapVolumes();
        var environment = Environment();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Container.WorkingDir is { } dir ? Map(dir) : _root,
        };
        start.ArgumentList.Add(assembly);
        foreach (var arg in args ?? Container.Args ?? [])
        {
            start.ArgumentList.Add(Expand(Map(arg), environment));
        }

        start.Environment.Clear();
        foreach (var name in new[] { "PATH", "DOTNET_ROOT" })
        {
            if (System.Environment.GetEnvironmentVariable(name) is { } value)
            {
                start.Environment[name] = value;
            }
        }

        start.Environment["HOME"] = Directory.CreateDirectory(Path.Combine(_root, "home")).FullName;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A process that has just been killed may still hold a file for a moment; the
            // folder is in the temp directory, so leaving it behind is harmless.
        }
    }
}
