using System.Net;
using System.Text;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Protocol;

/// <summary>Nothing derived from a key reaches outside the data directory.</summary>
public sealed class KeyContainmentTests : IClassFixture<KuraServer>
{
    private readonly KuraServer _server;

    /// <summary>Uses the class's server.</summary>
    public KeyContainmentTests(KuraServer server) => _server = server;

    [LocalServerFact]
    public async Task PutObject_DotDotKeys_StoredExactlyAndNothingWrittenOutsideDataDir()
    {
        // Arrange
        using var client = new RawS3Client(_server);
        var bucket = BucketNames.Unique("escape");
        await client.CreateBucketAsync(bucket);
        var marker = "kura-escape-" + Guid.NewGuid().ToString("N")[..12];
        var keys = Enumerable.Range(1, 5)
            .Select(depth => string.Concat(Enumerable.Repeat("../", depth)) + marker)
            .Append($"a/../../{marker}")
            .Append($"..\\..\\{marker}")
            .ToList();

        // Act
        foreach (var key in keys)
        {
            await client.PutObjectAsync(bucket, key, Encoding.UTF8.GetBytes(key));
        }

        var listed = await client.ListKeysAsync(bucket);

        // Assert
        Assert.Equal(keys.Order(StringComparer.Ordinal), listed);
        foreach (var key in keys)
        {
            var got = await client.GetObjectAsync(bucket, key);
            Assert.True(got.Status == HttpStatusCode.OK, $"{key}: {got}");
            Assert.Equal(key, got.Text);
        }

        var besideData = Directory.GetFileSystemEntries(_server.WorkDir).Select(Path.GetFileName);
        Assert.Equal(["data"], besideData);
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetTempPath(), marker + "*"));
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetTempPath(), "*" + marker));
    }
}
