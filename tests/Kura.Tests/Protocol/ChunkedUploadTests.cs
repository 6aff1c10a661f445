using System.Globalization;
using System.Net;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Protocol;

/// <summary>
/// aws-chunked uploads with chained chunk signatures (STREAMING-AWS4-HMAC-SHA256-PAYLOAD).
/// </summary>
public sealed class ChunkedUploadTests : IClassFixture<KuraServer>, IAsyncLifetime
{
    private const int ChunkSize = 64 * 1024;
    private readonly RawS3Client _client;
    private readonly string _bucket = BucketNames.Unique("chunked");

    /// <summary>Uses the class's server.</summary>
    public ChunkedUploadTests(KuraServer server) => _client = new RawS3Client(server);

    /// <inheritdoc />
    public Task InitializeAsync() => _client.CreateBucketAsync(_bucket);

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ChunkedPut_AllSignaturesValid_StoresDecodedPayload()
    {
        // Arrange
        var payload = TestData.RandomBytes((3 * ChunkSize) + 1234);

        // Act
        var response = await PutChunkedAsync("chunked-ok", payload, tamperChunk: -1);
        var got = await _client.GetObjectAsync(_bucket, "chunked-ok");

        // Assert
        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.Equal(TestData.Sha256(payload), TestData.Sha256(got.Body));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task ChunkedPut_ChunkSignatureTampered_SignatureMismatchNothingStored(int chunk)
    {
        // Arrange
        var payload = TestData.RandomBytes((3 * ChunkSize) + 1234);
        var key = $"tampered-{chunk}";

        // Act
        var response = await PutChunkedAsync(key, payload, tamperChunk: chunk);

        // Assert
        S3Assert.Error(response, HttpStatusCode.Forbidden, "SignatureDoesNotMatch");
        Assert.False(await _client.ObjectExistsAsync(_bucket, key));
    }

    private Task<RawResponse> PutChunkedAsync(string key, byte[] payload, int tamperChunk)
    {
        var request = new RawRequest
        {
            Method = HttpMethod.Put,
            Bucket = _bucket,
            Key = key,
            PayloadHash = AwsChunkedBody.StreamingPayload,
            Headers = new Dictionary<string, string>
            {
                ["content-encoding"] = "aws-chunked",
                ["x-amz-decoded-content-length"] =
                    payload.Length.ToString(CultureInfo.InvariantCulture),
            },
        };
        return _client.SendAsync(
            request,
            (signer, seed) => AwsChunkedBody.Encode(signer, seed, payload, ChunkSize, tamperChunk));
    }
}
