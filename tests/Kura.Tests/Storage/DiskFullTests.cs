using System.Net;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Storage;

/// <summary>
/// A data volume that fills up: a 24 MiB tmpfs mounted for the test (the tests run as root, as
/// CI does). Writes must fail with an S3 error and leave everything stored before intact.
/// </summary>
public sealed class DiskFullTests : IAsyncLifetime
{
    private readonly string _mountPoint = Path.Combine(Path.GetTempPath(), "kura-full-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_mountPoint);
        var mount = await ExternalProcess.RunAsync(
            "mount", ["-t", "tmpfs", "-o", "size=24m", "tmpfs", _mountPoint], new Dictionary<string, string>());
        Assert.True(mount.ExitCode == 0, "this test mounts a small tmpfs and needs root: " + mount.Describe());
    }

    public async Task DisposeAsync()
    {
        await ExternalProcess.RunAsync("umount", ["-l", _mountPoint], new Dictionary<string, string>());
        Directory.Delete(_mountPoint, recursive: true);
    }

    [LocalServerFact]
    public async Task Put_WhenTheVolumeFills_IsStorageFullAndKeepsEarlierObjects()
    {
        // Arrange
        var dataDir = Path.Combine(_mountPoint, "data");
        await using var server = new StartedServer(new KuraServer(new KuraServerSettings { DataDir = dataDir }));
        await server.Server.InitializeAsync();
        using var client = new RawS3Client(server);
        await client.CreateBucketAsync("full");
        var stored = new Dictionary<string, string>();

        // Act
        RawResponse? refused = null;
        for (var i = 0; i < 64 && refused is null; i++)
        {
            var body = TestData.RandomBytes(1024 * 1024);
            var response = await client.SendAsync(
                new RawRequest { Method = HttpMethod.Put, Bucket = "full", Key = $"object-{i}", Body = body });
            if (response.Status == HttpStatusCode.OK)
            {
                stored[$"object-{i}"] = TestData.Sha256(body);
            }
            else
            {
                refused = response;
            }
        }

        // Assert
        Assert.NotNull(refused);
        Assert.Equal(507, (int)refused.Status);
        Assert.Equal("XKuraStorageFull", refused.ErrorCode);
        Assert.Empty(Directory.GetFiles(Path.Combine(dataDir, ".kura", "tmp")));
        foreach (var (key, hash) in stored)
        {
            var got = await client.GetObjectAsync("full", key);
            Assert.Equal(hash, TestData.Sha256(got.Body));
        }

        var keys = stored.Keys.ToList();
        await client.SendAsync(new RawRequest { Method = HttpMethod.Delete, Bucket = "full", Key = keys[0] });
        await client.SendAsync(new RawRequest { Method = HttpMethod.Delete, Bucket = "full", Key = keys[1] });
        var afterFreeing = await client.PutObjectAsync("full", "after", TestData.RandomBytes(1024 * 1024));
        Assert.Equal(HttpStatusCode.OK, afterFreeing.Status);
    }
}
