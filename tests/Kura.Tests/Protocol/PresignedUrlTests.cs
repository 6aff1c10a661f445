using System.Net;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Protocol;

/// <summary>Query-string (presigned) SigV4: expiry, the seven-day cap and tampering.</summary>
public sealed class PresignedUrlTests : IClassFixture<KuraServer>, IAsyncLifetime
{
    private const int SevenDays = 7 * 24 * 3600;
    private readonly RawS3Client _client;
    private readonly string _bucket = BucketNames.Unique("presign");
    private readonly byte[] _body = TestData.RandomBytes(5000);

    /// <summary>Uses the class's server.</summary>
    public PresignedUrlTests(KuraServer server) => _client = new RawS3Client(server);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await _client.CreateBucketAsync(_bucket);
        await _client.PutObjectAsync(_bucket, "shared.bin", _body);
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task PresignedGet_WithinSevenDays_ReturnsObject()
    {
        // Arrange
        var url = _client.Presign(HttpMethod.Get, _bucket, "shared.bin", SevenDays);

        // Act
        var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(TestData.Sha256(_body), TestData.Sha256(response.Body));
    }

    [Fact]
    public async Task PresignedGet_Expired_AccessDenied()
    {
        // Arrange
        var signedAt = DateTime.UtcNow.AddMinutes(-5);
        var url = _client.Presign(HttpMethod.Get, _bucket, "shared.bin", 60, signedAt);

        // Act
        var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

        // Assert
        S3Assert.Error(response, HttpStatusCode.Forbidden, "AccessDenied");
    }

    [Fact]
    public async Task PresignedPut_Expired_AccessDeniedAndNothingStored()
    {
        // Arrange
        var signedAt = DateTime.UtcNow.AddMinutes(-5);
        var url = _client.Presign(HttpMethod.Put, _bucket, "late.bin", 60, signedAt);
        var request = new HttpRequestMessage(HttpMethod.Put, url)
        {
            Content = new ByteArrayContent(_body),
        };

        // Act
        var response = await _client.SendAsync(request);

        // Assert
        S3Assert.Error(response, HttpStatusCode.Forbidden, "AccessDenied");
        Assert.False(await _client.ObjectExistsAsync(_bucket, "late.bin"));
    }

    [Fact]
    public async Task PresignedGet_ExpiresBeyondSevenDays_AuthorizationQueryParametersError()
    {
        // Arrange
        var url = _client.Presign(HttpMethod.Get, _bucket, "shared.bin", SevenDays + 1);

        // Act
        var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

        // Assert
        S3Assert.Error(response, HttpStatusCode.BadRequest, "AuthorizationQueryParametersError");
    }

    [Fact]
    public async Task PresignedGet_SignatureAltered_SignatureDoesNotMatch()
    {
        // Arrange
        var url = _client.Presign(HttpMethod.Get, _bucket, "shared.bin", 600).ToString();
        var last = url[^1] == '0' ? '1' : '0';
        var tampered = new Uri(url[..^1] + last);

        // Act
        var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, tampered));

        // Assert
        S3Assert.Error(response, HttpStatusCode.Forbidden, "SignatureDoesNotMatch");
    }
}
