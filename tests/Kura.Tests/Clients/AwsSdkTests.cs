using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Clients;

/// <summary>
/// AWSSDK.S3 at its default settings (default checksums on) against a real server.
/// </summary>
public sealed partial class AwsSdkTests : IClassFixture<KuraServer>, IDisposable
{
    private readonly KuraServer _server;
    private readonly AmazonS3Client _s3;

    /// <summary>Creates the client for the class's server.</summary>
    public AwsSdkTests(KuraServer server)
    {
        _server = server;
        _s3 = S3Clients.AwsSdk(server);
    }

    /// <inheritdoc />
    public void Dispose() => _s3.Dispose();

    [Fact]
    public async Task PutObject_ThenGet_ReturnsSameBytesAndMetadata()
    {
        // Arrange
        var bucket = await NewBucketAsync();
        var body = TestData.RandomBytes(300_000);
        var put = new PutObjectRequest
        {
            BucketName = bucket,
            Key = "docs/report.bin",
            InputStream = new MemoryStream(body),
            ContentType = "application/x-report",
        };
        put.Metadata.Add("owner", "qa-team");

        // Act
        await _s3.PutObjectAsync(put);
        using var get = await _s3.GetObjectAsync(bucket, "docs/report.bin");
        var hash = await TestData.Sha256Async(get.ResponseStream);

        // Assert
        Assert.Equal(TestData.Sha256(body), hash);
        Assert.Equal(body.Length, get.ContentLength);
        Assert.Equal("application/x-report", get.Headers.ContentType);
        Assert.Equal("qa-team", get.Metadata["owner"]);
    }

    [Fact]
    public async Task HeadObject_AfterPut_ReturnsLengthAndETag()
    {
        // Arrange
        var bucket = await NewBucketAsync();
        var body = TestData.RandomBytes(1234);
        var put = await PutAsync(bucket, "head-me", body);

        // Act
        var head = await _s3.GetObjectMetadataAsync(bucket, "head-me");

        // Assert
        Assert.Equal(1234, head.ContentLength);
        Assert.Equal(put.ETag, head.ETag);
        var md5 = Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(body));
        Assert.Equal($"\"{md5}\"", head.ETag);
    }

    [Fact]
    public async Task DeleteObject_ThenGet_ThrowsNoSuchKey()
    {
        // Arrange
        var bucket = await NewBucketAsync();
        await PutAsync(bucket, "short-lived", TestData.RandomBytes(10));

        // Act
        await _s3.DeleteObjectAsync(bucket, "short-lived");
        var error = await Assert.ThrowsAnyAsync<AmazonS3Exception>(
            () => _s3.GetObjectAsync(bucket, "short-lived"));

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("NoSuchKey", error.ErrorCode);
    }

    [Theory]
    [InlineData(0L, 9L, 0, 10)]
    [InlineData(100L, 199L, 100, 100)]
    [InlineData(990L, 5000L, 990, 10)]
    public async Task GetObject_WithRange_ReturnsThatSlice(
        long first,
        long last,
        int offset,
        int count)
    {
        // Arrange
        var bucket = await NewBucketAsync();
        var body = TestData.RandomBytes(1000);
        await PutAsync(bucket, "ranged", body);

        // Act
        using var get = await _s3.GetObjectAsync(new GetObjectRequest
        {
            BucketName = bucket,
            Key = "ranged",
            ByteRange = new ByteRange(first, last),
        });
        var hash = await TestData.Sha256Async(get.ResponseStream);

        // Assert
        Assert.Equal(HttpStatusCode.PartialContent, get.HttpStatusCode);
        Assert.Equal(TestData.Sha256(body.AsSpan(offset, count)), hash);
        Assert.Equal($"bytes {offset}-{offset + count - 1}/1000", get.ContentRange);
    }

    private async Task<string> NewBucketAsync()
    {
        var bucket = BucketNames.Unique("sdk");
        await _s3.PutBucketAsync(bucket);
        return bucket;
    }

    private Task<PutObjectResponse> PutAsync(string bucket, string key, byte[] body) =>
        _s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket,
            Key = key,
            InputStream = new MemoryStream(body),
        });
}
