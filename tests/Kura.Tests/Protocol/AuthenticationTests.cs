using System.Net;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Protocol;

/// <summary>Header-signed requests that must be refused, leaving nothing behind.</summary>
public sealed class AuthenticationTests : IClassFixture<KuraServer>, IAsyncLifetime
{
    private readonly RawS3Client _client;
    private readonly string _bucket = BucketNames.Unique("auth");

    /// <summary>Uses the class's server.</summary>
    public AuthenticationTests(KuraServer server) => _client = new RawS3Client(server);

    /// <inheritdoc />
    public Task InitializeAsync() => _client.CreateBucketAsync(_bucket);

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task PutObject_CorrectSignature_StoresObject()
    {
        // Arrange
        var body = TestData.RandomBytes(4096);

        // Act
        await _client.PutObjectAsync(_bucket, "signed-ok", body);
        var got = await _client.GetObjectAsync(_bucket, "signed-ok");

        // Assert
        Assert.Equal(HttpStatusCode.OK, got.Status);
        Assert.Equal(TestData.Sha256(body), TestData.Sha256(got.Body));
    }

    [Fact]
    public async Task PutObject_WrongSecret_SignatureDoesNotMatchAndNothingStored()
    {
        // Arrange
        var request = Put("wrong-secret") with { SecretKey = "not-the-secret" };

        // Act
        var response = await _client.SendAsync(request);

        // Assert
        S3Assert.Error(response, HttpStatusCode.Forbidden, "SignatureDoesNotMatch");
        Assert.False(await _client.ObjectExistsAsync(_bucket, "wrong-secret"));
    }

    [Fact]
    public async Task PutObject_UnknownAccessKey_InvalidAccessKeyIdAndNothingStored()
    {
        // Arrange
        var request = Put("unknown-key") with { AccessKey = "NOSUCHKEY0000000", SecretKey = "x" };

        // Act
        var response = await _client.SendAsync(request);

        // Assert
        S3Assert.Error(response, HttpStatusCode.Forbidden, "InvalidAccessKeyId");
        Assert.False(await _client.ObjectExistsAsync(_bucket, "unknown-key"));
    }

    [Theory]
    [InlineData(-20)]
    [InlineData(20)]
    public async Task PutObject_ClockSkewedBeyondFifteenMinutes_RequestTimeTooSkewed(int minutes)
    {
        // Arrange
        var request = Put("skewed") with { Time = DateTime.UtcNow.AddMinutes(minutes) };

        // Act
        var response = await _client.SendAsync(request);

        // Assert
        S3Assert.Error(response, HttpStatusCode.Forbidden, "RequestTimeTooSkewed");
        Assert.False(await _client.ObjectExistsAsync(_bucket, "skewed"));
    }

    [Fact]
    public async Task PutObject_BodyDiffersFromSignedHash_ContentSha256MismatchNothingStored()
    {
        // Arrange
        var otherHash = TestData.Sha256(TestData.RandomBytes(10));
        var request = Put("bad-hash") with { PayloadHash = otherHash };

        // Act
        var response = await _client.SendAsync(request);

        // Assert
        S3Assert.Error(response, HttpStatusCode.BadRequest, "XAmzContentSHA256Mismatch");
        Assert.False(await _client.ObjectExistsAsync(_bucket, "bad-hash"));
    }

    private RawRequest Put(string key) => new()
    {
        Method = HttpMethod.Put,
        Bucket = _bucket,
        Key = key,
        Body = TestData.RandomBytes(1000),
    };
}
