using Amazon.Runtime;
using Amazon.S3;
using k8s.Models;

namespace Deploy.Tests.Infrastructure;

/// <summary>
/// Kura started from the rendered shared-kura StatefulSet: its args and environment, /data on a
/// temporary folder, the S3 port moved to a free loopback port, ready once the readiness probe
/// passes as the kubelet would run it.
/// </summary>
public sealed class KuraPod : IAsyncDisposable
{
    private readonly RunningProcess _process;

    private KuraPod(RenderedManifests rendered, PodLaunch launch, RunningProcess process, TimeSpan readyAfter)
    {
        Rendered = rendered;
        Launch = launch;
        _process = process;
        ReadyAfter = readyAfter;
    }

    /// <summary>The rendered shared-kura namespace.</summary>
    public RenderedManifests Rendered { get; }

    /// <summary>How the container was mapped to the local process.</summary>
    public PodLaunch Launch { get; }

    /// <summary>How long the kubelet-style probing took until ready.</summary>
    public TimeSpan ReadyAfter { get; }

    /// <summary>The S3 port's local stand-in.</summary>
    public int Port => Launch.LocalPort(S3ContainerPort(Launch.Container));

    /// <summary>What the server printed, for failure messages.</summary>
    public string Output => _process.Output;

    /// <summary>The value of one of the container's environment variables, Secret references resolved.</summary>
    public string Env(string name)
    {
        var variable = Launch.Container.Env.Single(e => e.Name == name);
        return variable.ValueFrom?.SecretKeyRef is { } secret
            ? Rendered.SecretValue(secret.Name, secret.Key)
            : variable.Value;
    }

    /// <summary>Renders shared-kura, starts Kura from it and waits for readiness.</summary>
    public static async Task<KuraPod> StartAsync()
    {
        var rendered = await Kustomize.RenderAsync("namespaces/shared-kura");
        var set = rendered.Named<V1StatefulSet>("kura");
        var launch = new PodLaunch(rendered, set.Spec.Template, "kura");
        var containerPort = S3ContainerPort(launch.Container);
        launch.Rewrite($":{containerPort}", $"127.0.0.1:{launch.MapPort(containerPort)}");
        var consolePort = launch.Container.Ports.Single(p => p.Name == "console").ContainerPort;
        launch.Rewrite($":{consolePort}", $"127.0.0.1:{launch.MapPort(consolePort)}");
        var process = RunningProcess.Start(launch.StartInfo(Binaries.Kura));
        try
        {
            var readyAfter = await KubeletProbe.WaitUntilReadyAsync(
                launch.Container, launch, process, TimeSpan.FromSeconds(60));
            return new KuraPod(rendered, launch, process, readyAfter);
        }
        catch
        {
            await process.DisposeAsync();
            launch.Dispose();
            throw;
        }
    }

    /// <summary>A client set up as an app in the cluster would be: path style, the pair from the Secret.</summary>
    public AmazonS3Client Client()
    {
        var config = new AmazonS3Config
        {
            ServiceURL = $"http://127.0.0.1:{Port}",
            ForcePathStyle = true,
            AuthenticationRegion = "us-east-1",
        };
        var credentials = new BasicAWSCredentials(Env("KURA_ROOT_USER"), Env("KURA_ROOT_PASSWORD"));
        return new AmazonS3Client(credentials, config);
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        Launch.Dispose();
    }

    private static int S3ContainerPort(V1Container container) =>
        container.Ports.Single(p => p.Name == "s3").ContainerPort;
}
