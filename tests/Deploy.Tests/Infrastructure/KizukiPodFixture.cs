using k8s.Models;

namespace Deploy.Tests.Infrastructure;

/// <summary>
/// Kizuki started from the rendered app-a Deployment against a manifest-started Kura and the
/// test PostgreSQL. The cluster DNS names of shared-kura's and shared-db's Services are
/// rewritten to the local stand-ins; a name the app manifests do not use stays an unused
/// rewrite, which the tests report.
/// </summary>
public sealed class KizukiPodFixture : IAsyncLifetime
{
    private RunningProcess? _process;

    /// <summary>The manifest-started Kura that Kizuki publishes to.</summary>
    public KuraPod Kura { get; private set; } = null!;

    /// <summary>How the Kizuki container was mapped to local processes.</summary>
    public PodLaunch Launch { get; private set; } = null!;

    /// <summary>How long until Kizuki's readiness probe passed.</summary>
    public TimeSpan ReadyAfter { get; private set; }

    /// <summary>What <c>kizuki serve</c> printed.</summary>
    public string Output => _process?.Output ?? "";

    public async Task InitializeAsync()
    {
        Kura = await KuraPod.StartAsync();
        var app = await Kustomize.RenderAsync("namespaces/app-a");
        var database = await Kustomize.RenderAsync("namespaces/shared-db");
        Launch = new PodLaunch(app, app.Named<V1Deployment>("kizuki").Spec.Template, "kizuki");

        var http = Launch.Container.Ports.Single(p => p.Name == "http").ContainerPort;
        Launch.Rewrite($"0.0.0.0:{http}", $"127.0.0.1:{Launch.MapPort(http)}");
        Launch.Rewrite(ClusterAddress(Kura.Rendered, "kura", "s3"), $"127.0.0.1:{Kura.Port}");
        var postgres = TestPostgres.Server;
        var (host, port) = SplitAddress(ClusterAddress(database, "postgres", "postgres"));
        Launch.Rewrite($"Host={host};Port={port}", $"Host={postgres.Host};Port={postgres.Port}");

        var env = database.Named<V1StatefulSet>("postgres").Spec.Template.Spec.Containers.Single().Env;
        await TestPostgres.RecreateDatabaseAsync(
            env.Single(e => e.Name == "POSTGRES_USER").Value, env.Single(e => e.Name == "POSTGRES_DB").Value);

        _process = RunningProcess.Start(Launch.StartInfo(Binaries.Kizuki));
        ReadyAfter = await KubeletProbe.WaitUntilReadyAsync(
            Launch.Container, Launch, _process, TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        Launch?.Dispose();
        if (Kura is not null)
        {
            await Kura.DisposeAsync();
        }
    }

    /// <summary><c>service.namespace.svc.cluster.local:port</c> of a rendered Service's named port.</summary>
    private static string ClusterAddress(RenderedManifests rendered, string service, string portName)
    {
        var found = rendered.Named<V1Service>(service);
        var port = found.Spec.Ports.Single(p => p.Name == portName).Port;
        return $"{service}.{found.Metadata.NamespaceProperty}.svc.cluster.local:{port}";
    }

    private static (string Host, string Port) SplitAddress(string address) =>
        (address[..address.LastIndexOf(':')], address[(address.LastIndexOf(':') + 1)..]);
}
