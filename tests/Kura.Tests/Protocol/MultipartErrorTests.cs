using System.Net;
using System.Security.Cryptography;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Protocol;

/// <summary>CompleteMultipartUpload rules: part order, known parts, minimum part size.</summary>
public sealed class MultipartErrorTests : IClassFixture<KuraServer>, IAsyncLifetime
{
    private const int FiveMiB = 5 * 1024 * 1024;
    private readonly RawS3Client _client;
    private readonly string _bucket = BucketNames.Unique("mpu");

    /// <summary>Uses the class's server.</summary>
    public MultipartErrorTests(KuraServer server) => _client = new RawS3Client(server);

    /// <inheritdoc />
    public Task InitializeAsync() => _client.CreateBucketAsync(_bucket);

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Complete_TwoValidParts_ObjectHasMd5OfMd5sETag()
    {
        // Arrange
        var (key, uploadId, parts, bodies) = await UploadAsync(FiveMiB, 1000);
        var md5s = bodies.SelectMany(b => MD5.HashData(b)).ToArray();
        var expectedETag = $"\"{Convert.ToHexStringLower(MD5.HashData(md5s))}-2\"";

        // Act
        var response = await _client.CompleteAsync(_bucket, key, uploadId, parts);
        var got = await _client.GetObjectAsync(_bucket, key);

        // Assert
        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.Equal(expectedETag, response.Values("ETag").Single());
        var whole = bodies.SelectMany(b => b).ToArray();
        Assert.Equal(TestData.Sha256(whole), TestData.Sha256(got.Body));
    }

    [Fact]
    public async Task Complete_PartsOutOfOrder_InvalidPartOrderAndNoObject()
    {
        // Arrange
        var (key, uploadId, parts, _) = await UploadAsync(FiveMiB, 1000);

        // Act
        var response = await _client.CompleteAsync(_bucket, key, uploadId, [parts[1], parts[0]]);

        // Assert
        S3Assert.Error(response, HttpStatusCode.BadRequest, "InvalidPartOrder");
        Assert.False(await _client.ObjectExistsAsync(_bucket, key));
    }

    [Fact]
    public async Task Complete_UnknownETag_InvalidPartAndNoObject()
    {
        // Arrange
        var (key, uploadId, parts, _) = await UploadAsync(FiveMiB, 1000);
        var wrong = $"\"{Convert.ToHexStringLower(MD5.HashData(TestData.RandomBytes(8)))}\"";

        // Act
        var response = await _client.CompleteAsync(_bucket, key, uploadId, [parts[0], (2, wrong)]);

        // Assert
        S3Assert.Error(response, HttpStatusCode.BadRequest, "InvalidPart");
        Assert.False(await _client.ObjectExistsAsync(_bucket, key));
    }

    [Fact]
    public async Task Complete_FirstPartBelowFiveMiB_EntityTooSmallAndNoObject()
    {
        // Arrange
        var (key, uploadId, parts, _) = await UploadAsync(1024, 1024);

        // Act
        var response = await _client.CompleteAsync(_bucket, key, uploadId, parts);

        // Assert
        S3Assert.Error(response, HttpStatusCode.BadRequest, "EntityTooSmall");
        Assert.False(await _client.ObjectExistsAsync(_bucket, key));
    }

    [Fact]
    public async Task UploadPart_UnknownUploadId_NoSuchUpload()
    {
        // Act
        var response = await _client.UploadPartAsync(
            _bucket, "nothing", "no-such-upload-id", 1, [1, 2, 3]);

        // Assert
        S3Assert.Error(response, HttpStatusCode.NotFound, "NoSuchUpload");
    }

    private async Task<(string Key, string UploadId, (int, string)[] Parts, byte[][] Bodies)>
        UploadAsync(params int[] sizes)
    {
        var key = "mpu/" + Guid.NewGuid().ToString("N")[..8];
        var uploadId = await _client.CreateAsync(_bucket, key);
        var bodies = sizes.Select(TestData.RandomBytes).ToArray();
        var parts = new (int, string)[sizes.Length];
        for (var i = 0; i < sizes.Length; i++)
        {
            var response = await _client.UploadPartAsync(_bucket, key, uploadId, i + 1, bodies[i]);
            Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
            parts[i] = (i + 1, response.Header("ETag")!);
        }

        return (key, uploadId, parts, bodies);
    }
}
