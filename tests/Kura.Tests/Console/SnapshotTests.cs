using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Console;

/// <summary>Saving and restoring a bucket's state through the admin API.</summary>
public sealed class SnapshotTests(KuraServer server) : IClassFixture<KuraServer>
{
    [LocalServerFact]
    public async Task Restore_AfterChanges_PutsBackExactlyTheSavedObjects()
    {
        // Arrange
        using var s3 = new RawS3Client(server);
        using var console = new ConsoleApi(server);
        var bucket = BucketNames.Unique("snap");
        await s3.CreateBucketAsync(bucket);
        var saved = new Dictionary<string, byte[]>
        {
            ["a.txt"] = TestData.RandomBytes(100),
            ["dir/b.bin"] = TestData.RandomBytes(70_000),
            ["日本語.txt"] = TestData.RandomBytes(10),
        };
        foreach (var (key, body) in saved)
        {
            await s3.PutObjectAsync(bucket, key, body);
        }

        await console.PostAsync($"api/buckets/{bucket}/snapshots", new { name = "baseline" });
        await s3.PutObjectAsync(bucket, "a.txt", TestData.RandomBytes(5));
        await s3.SendAsync(new RawRequest { Method = HttpMethod.Delete, Bucket = bucket, Key = "dir/b.bin" });
        await s3.PutObjectAsync(bucket, "later.txt", TestData.RandomBytes(5));

        // Act
        var result = await console.PostAsync($"api/buckets/{bucket}/snapshots/baseline/restore");

        // Assert
        Assert.Equal(3, result.GetProperty("restored").GetInt32());
        Assert.Equal(1, result.GetProperty("removed").GetInt32());
        Assert.Equal(
            saved.Keys.Order(StringComparer.Ordinal),
            (await s3.ListKeysAsync(bucket)).Order(StringComparer.Ordinal));
        foreach (var (key, body) in saved)
        {
            var got = await s3.GetObjectAsync(bucket, key);
            Assert.Equal(TestData.Sha256(body), TestData.Sha256(got.Body));
        }
    }

    [LocalServerFact]
    public async Task Restore_Twice_GivesTheSameStateBothTimes()
    {
        // Arrange
        using var s3 = new RawS3Client(server);
        using var console = new ConsoleApi(server);
        var bucket = BucketNames.Unique("snap2");
        await s3.CreateBucketAsync(bucket);
        var body = TestData.RandomBytes(1000);
        await s3.PutObjectAsync(bucket, "only.txt", body);
        await console.PostAsync($"api/buckets/{bucket}/snapshots", new { name = "one" });

        // Act
        await console.PostAsync($"api/buckets/{bucket}/snapshots/one/restore");
        await s3.SendAsync(new RawRequest { Method = HttpMethod.Delete, Bucket = bucket, Key = "only.txt" });
        await console.PostAsync($"api/buckets/{bucket}/snapshots/one/restore");

        // Assert
        var got = await s3.GetObjectAsync(bucket, "only.txt");
        Assert.Equal(TestData.Sha256(body), TestData.Sha256(got.Body));
    }
}
