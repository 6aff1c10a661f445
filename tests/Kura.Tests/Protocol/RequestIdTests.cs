using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Protocol;

/// <summary>Every response, success or error, carries x-amz-request-id.</summary>
public sealed class RequestIdTests : IClassFixture<KuraServer>, IDisposable
{
    private readonly RawS3Client _client;

    /// <summary>Uses the class's server.</summary>
    public RequestIdTests(KuraServer server) => _client = new RawS3Client(server);

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    [Theory]
    [InlineData("GET", null, null, false)]
    [InlineData("GET", "no-such-bucket-for-ids", null, false)]
    [InlineData("HEAD", "no-such-bucket-for-ids", null, false)]
    [InlineData("GET", "no-such-bucket-for-ids", "k", false)]
    [InlineData("PUT", "Bad_Name", null, false)]
    [InlineData("GET", null, null, true)]
    public async Task AnyRequest_SuccessOrError_HasRequestId(
        string method,
        string? bucket,
        string? key,
        bool badSecret)
    {
        // Arrange
        var request = new RawRequest
        {
            Method = new HttpMethod(method),
            Bucket = bucket,
            Key = key,
            SecretKey = badSecret ? "wrong-secret" : null,
        };

        // Act
        var response = await _client.SendAsync(request);

        // Assert
        var requestId = response.Header("x-amz-request-id");
        Assert.False(string.IsNullOrEmpty(requestId), response.ToString());
    }
}
