using System.Diagnostics;
using Amazon.S3.Model;
using Deploy.Tests.Infrastructure;

namespace Deploy.Tests;

/// <summary>Kizuki run as the app-a manifests describe it, against Kura and PostgreSQL stand-ins.</summary>
public sealed class KizukiManifestStartTests(KizukiPodFixture fixture) : IClassFixture<KizukiPodFixture>
{
    [Fact]
    public void Serve_ManifestArgsAndEnvironment_PassesTheReadinessProbe()
    {
        // Arrange
        var probe = fixture.Launch.Container.ReadinessProbe;

        // Act
        var budget = TimeSpan.FromSeconds(probe.PeriodSeconds!.Value * 6);

        // Assert
        Assert.True(fixture.ReadyAfter < budget, $"ready after {fixture.ReadyAfter}:\n{fixture.Output}");
    }

    [Fact]
    public void Settings_SharedServices_AreAddressedByTheirClusterDnsNames()
    {
        // Act
        var unused = fixture.Launch.UnusedRewrites.ToList();

        // Assert
        Assert.True(unused.Count == 0, $"app-a never mentions: {string.Join(", ", unused)}");
    }

    [Fact]
    public async Task Probes_EveryPathInTheManifest_IsServedByKizuki()
    {
        // Arrange
        var container = fixture.Launch.Container;

        // Act
        var live = await KubeletProbe.TryOnceAsync(container.LivenessProbe, container, fixture.Launch);
        var ready = await KubeletProbe.TryOnceAsync(container.ReadinessProbe, container, fixture.Launch);

        // Assert
        Assert.True(live && ready, fixture.Output);
    }

    [Fact]
    public async Task Export_WithTheDeploymentsSettingsAndSecrets_PublishesToTheSharedBucket()
    {
        // Arrange
        // What `kubectl exec deploy/kizuki -- kizuki export ...` would run: same image, same
        // environment, same mounted settings.
        ProcessStartInfo export = fixture.Launch.StartInfo(
            Binaries.Kizuki, ["export", "--config", "/etc/kizuki/kizuki.yaml", "--day", "2026-01-05"]);
        using var client = fixture.Kura.Client();

        // Act
        var (exitCode, output, error) = await ProcessRunner.RunAsync(export, TimeSpan.FromSeconds(90));
        var listed = await client.ListObjectsV2Async(
            new ListObjectsV2Request { BucketName = "kizuki", Prefix = "kizuki/" });

        // Assert
        Assert.True(exitCode == 0, $"export exited {exitCode}:\n{output}\n{error}");
        Assert.NotEmpty(listed.S3Objects ?? []);
    }
}
