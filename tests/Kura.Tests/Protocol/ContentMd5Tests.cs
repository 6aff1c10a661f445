using System.Net;
using System.Security.Cryptography;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Protocol;

/// <summary>Content-MD5 on PUT: a mismatch is BadDigest, a malformed value InvalidDigest.</summary>
public sealed class ContentMd5Tests : IClassFixture<KuraServer>, IAsyncLifetime
{
    private readonly RawS3Client _client;
    private readonly string _bucket = BucketNames.Unique("md5");

    /// <summary>Uses the class's server.</summary>
    public ContentMd5Tests(KuraServer server) => _client = new RawS3Client(server);

    /// <inheritdoc />
    public Task InitializeAsync() => _client.CreateBucketAsync(_bucket);

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task PutObject_MatchingContentMd5_Stored()
    {
        // Arrange
        var body = TestData.RandomBytes(2000);

        // Act
        var response = await PutAsync("md5-ok", body, Convert.ToBase64String(MD5.HashData(body)));

        // Assert
        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.True(await _client.ObjectExistsAsync(_bucket, "md5-ok"));
    }

    [Fact]
    public async Task PutObject_ContentMd5OfOtherBytes_BadDigestAndNothingStored()
    {
        // Arrange
        var body = TestData.RandomBytes(2000);
        var otherMd5 = Convert.ToBase64String(MD5.HashData(TestData.RandomBytes(2000)));

        // Act
        var response = await PutAsync("md5-bad", body, otherMd5);

        // Assert
        S3Assert.Error(response, HttpStatusCode.BadRequest, "BadDigest");
        Assert.False(await _client.ObjectExistsAsync(_bucket, "md5-bad"));
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("AAECAwQ=")]
    public async Task PutObject_MalformedContentMd5_InvalidDigestAndNothingStored(string contentMd5)
    {
        // Arrange
        var body = TestData.RandomBytes(2000);

        // Act
        var response = await PutAsync("md5-invalid", body, contentMd5);

        // Assert
        S3Assert.Error(response, HttpStatusCode.BadRequest, "InvalidDigest");
        Assert.False(await _client.ObjectExistsAsync(_bucket, "md5-invalid"));
    }

    private Task<RawResponse> PutAsync(string key, byte[] body, string contentMd5) =>
        _client.SendAsync(new RawRequest
        {
            Method = HttpMethod.Put,
            Bucket = _bucket,
            Key = key,
            Body = body,
            Headers = new Dictionary<string, string> { ["content-md5"] = contentMd5 },
        });
}
