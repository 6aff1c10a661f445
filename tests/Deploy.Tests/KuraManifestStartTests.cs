using System.Text;
using Amazon.S3.Model;
using Deploy.Tests.Infrastructure;

namespace Deploy.Tests;

/// <summary>Kura run exactly as the shared-kura manifests describe it, minus the container.</summary>
public sealed class KuraManifestStartTests(KuraPodFixture fixture) : IClassFixture<KuraPodFixture>
{
    private readonly KuraPod _kura = fixture.Pod;

    [Fact]
    public void Start_ManifestArgsAndEnvironment_BecomeReadyWithinTheStartupBudget()
    {
        // Arrange
        var startup = _kura.Launch.Container.StartupProbe;

        // Act
        var budget = TimeSpan.FromSeconds(startup.PeriodSeconds!.Value * startup.FailureThreshold!.Value);

        // Assert
        Assert.True(_kura.ReadyAfter < budget, $"ready after {_kura.ReadyAfter}, budget {budget}");
        Assert.Empty(_kura.Launch.UnusedRewrites);
        Assert.DoesNotContain("default credentials", _kura.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Probes_EveryPathInTheManifest_IsServedByKura()
    {
        // Arrange
        var container = _kura.Launch.Container;
        var probes = new[] { container.StartupProbe, container.LivenessProbe, container.ReadinessProbe };

        // Act
        var results = new List<(string Path, bool Ok)>();
        foreach (var probe in probes)
        {
            results.Add((probe.HttpGet.Path, await KubeletProbe.TryOnceAsync(probe, container, _kura.Launch)));
        }

        // Assert
        Assert.All(results, r => Assert.True(r.Ok, $"{r.Path} failed"));
    }

    [Fact]
    public async Task Probe_PathKuraDoesNotServe_Fails()
    {
        // Arrange
        var container = _kura.Launch.Container;
        var probe = container.ReadinessProbe;
        var original = probe.HttpGet.Path;
        probe.HttpGet.Path = "/kura/health/nonexistent";

        // Act
        var ok = await KubeletProbe.TryOnceAsync(probe, container, _kura.Launch);
        probe.HttpGet.Path = original;

        // Assert
        Assert.False(ok);
    }

    [Fact]
    public async Task StartupBuckets_FromKuraBuckets_ExistWhenReady()
    {
        // Arrange
        var expected = _kura.Env("KURA_BUCKETS").Split(',', StringSplitOptions.TrimEntries);
        using var client = _kura.Client();

        // Act
        var listed = await client.ListBucketsAsync();

        // Assert
        Assert.NotEmpty(expected);
        Assert.All(expected, b => Assert.Contains(b, listed.Buckets.Select(x => x.BucketName)));
    }

    [Fact]
    public async Task AppClient_PathStyleWithSecretCredentials_WritesAndReadsBack()
    {
        // Arrange
        var bucket = _kura.Env("KURA_BUCKETS").Split(',')[0];
        using var client = _kura.Client();
        const string Body = "デプロイ確認 deploy check";

        // Act
        await client.PutObjectAsync(
            new PutObjectRequest { BucketName = bucket, Key = "deploy/check.txt", ContentBody = Body });
        using var read = await client.GetObjectAsync(bucket, "deploy/check.txt");
        using var reader = new StreamReader(read.ResponseStream, Encoding.UTF8);

        // Assert
        Assert.Equal(Body, await reader.ReadToEndAsync());
    }

    [Fact]
    public void DataVolume_MountedAtData_HoldsKurasFiles()
    {
        // Arrange
        var data = _kura.Launch.LocalPath("/data");

        // Act
        // Kura keeps its files under a dot folder, which the default options skip as hidden.
        var everything = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        var files = Directory.EnumerateFileSystemEntries(data, "*", everything);

        // Assert
        Assert.True(files.Any(), $"nothing under the /data stand-in {data}:\n{_kura.Output}");
    }
}
