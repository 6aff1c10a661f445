using Amazon.S3.Model;
using Kizuki.Export;
using Kizuki.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kizuki.Tests.Export;

public sealed class S3PublisherTests : IClassFixture<S3TestEndpoint>, IDisposable
{
    private readonly S3TestEndpoint _endpoint;
    private readonly TempDirectory _directory = new();

    public S3PublisherTests(S3TestEndpoint endpoint) => _endpoint = endpoint;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Publish_TwoDays_DatedKeysKeptAndLatestOverwritten()
    {
        // Arrange
        var bucket = "kizuki-" + Guid.NewGuid().ToString("N")[..8];
        using var client = _endpoint.CreateClient();
        await client.PutBucketAsync(bucket);
        var first = _directory.File("kizuki-defects-2026-12-02.csv");
        var second = _directory.File("kizuki-defects-2026-12-03.csv");
        await File.WriteAllTextAsync(first, "key,title\n1,不具合 一\n");
        await File.WriteAllTextAsync(second, "key,title\n1,不具合 一\n2,不具合 二\n");
        using var publisher = new S3Publisher(_endpoint.Settings(bucket), NullLogger<S3Publisher>.Instance);

        // Act
        await publisher.PublishAsync([first], new DateOnly(2026, 12, 2), CancellationToken.None);
        var keys = await publisher.PublishAsync([second], new DateOnly(2026, 12, 3), CancellationToken.None);

        // Assert
        Assert.Equal(["exports/2026/12/03/kizuki-defects.csv", "exports/latest/kizuki-defects.csv"], keys);
        var latest = await GetAsync(client, bucket, "exports/latest/kizuki-defects.csv");
        Assert.Equal(await File.ReadAllBytesAsync(second), latest);
        var dated = await GetAsync(client, bucket, "exports/2026/12/02/kizuki-defects.csv");
        Assert.Equal(await File.ReadAllBytesAsync(first), dated);
        var listing = await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket });
        Assert.Equal(3, listing.S3Objects.Count);
    }

    private static async Task<byte[]> GetAsync(Amazon.S3.IAmazonS3 client, string bucket, string key)
    {
        using var response = await client.GetObjectAsync(bucket, key);
        using var buffer = new MemoryStream();
        await response.ResponseStream.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
