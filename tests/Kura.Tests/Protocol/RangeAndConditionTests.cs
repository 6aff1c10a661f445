using System.Net;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Protocol;

/// <summary>Range requests, If-None-Match on PUT, and HEAD without a body.</summary>
public sealed class RangeAndConditionTests : IClassFixture<KuraServer>, IAsyncLifetime
{
    private const int Size = 1000;
    private readonly RawS3Client _client;
    private readonly string _bucket = BucketNames.Unique("range");
    private readonly byte[] _body = TestData.RandomBytes(Size);

    /// <summary>Uses the class's server.</summary>
    public RangeAndConditionTests(KuraServer server) => _client = new RawS3Client(server);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await _client.CreateBucketAsync(_bucket);
        await _client.PutObjectAsync(_bucket, "thousand", _body);
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("bytes=0-0", 0, 1)]
    [InlineData("bytes=900-", 900, 100)]
    [InlineData("bytes=-10", 990, 10)]
    [InlineData("bytes=995-2000", 995, 5)]
    public async Task GetObject_SatisfiableRange_PartialContentWithContentRange(
        string range,
        int offset,
        int count)
    {
        // Act
        var response = await GetWithAsync("range", range);

        // Assert
        Assert.Equal(HttpStatusCode.PartialContent, response.Status);
        var last = offset + count - 1;
        Assert.Equal($"bytes {offset}-{last}/{Size}", response.Header("Content-Range"));
        Assert.Equal(TestData.Sha256(_body.AsSpan(offset, count)), TestData.Sha256(response.Body));
    }

    [Theory]
    [InlineData("bytes=1000-")]
    [InlineData("bytes=5000-6000")]
    public async Task GetObject_RangeBeyondEnd_InvalidRangeWithContentRangeStar(string range)
    {
        // Act
        var response = await GetWithAsync("range", range);

        // Assert
        S3Assert.Error(response, HttpStatusCode.RequestedRangeNotSatisfiable, "InvalidRange");
        Assert.Equal($"bytes */{Size}", response.Header("Content-Range"));
    }

    [Fact]
    public async Task PutObject_IfNoneMatchStarOnExistingKey_PreconditionFailedAndOriginalKept()
    {
        // Act
        var response = await _client.SendAsync(new RawRequest
        {
            Method = HttpMethod.Put,
            Bucket = _bucket,
            Key = "thousand",
            Body = TestData.RandomBytes(10),
            Headers = new Dictionary<string, string> { ["if-none-match"] = "*" },
        });
        var after = await _client.GetObjectAsync(_bucket, "thousand");

        // Assert
        S3Assert.Error(response, HttpStatusCode.PreconditionFailed, "PreconditionFailed");
        Assert.Equal(TestData.Sha256(_body), TestData.Sha256(after.Body));
    }

    [Fact]
    public async Task PutObject_IfNoneMatchStarOnNewKey_Stored()
    {
        // Act
        var response = await _client.SendAsync(new RawRequest
        {
            Method = HttpMethod.Put,
            Bucket = _bucket,
            Key = "fresh-" + Guid.NewGuid().ToString("N"),
            Body = TestData.RandomBytes(10),
            Headers = new Dictionary<string, string> { ["if-none-match"] = "*" },
        });

        // Assert
        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
    }

    [Theory]
    [InlineData("thousand", HttpStatusCode.OK)]
    [InlineData("missing", HttpStatusCode.NotFound)]
    public async Task HeadObject_AnyOutcome_NeverHasBody(string key, HttpStatusCode status)
    {
        // Act
        var response = await _client.SendAsync(
            new RawRequest { Method = HttpMethod.Head, Bucket = _bucket, Key = key });

        // Assert
        Assert.Equal(status, response.Status);
        Assert.Empty(response.Body);
        Assert.False(string.IsNullOrEmpty(response.Header("x-amz-request-id")));
    }

    [Fact]
    public async Task HeadObject_Existing_ContentLengthIsObjectSize()
    {
        // Act
        var response = await _client.SendAsync(
            new RawRequest { Method = HttpMethod.Head, Bucket = _bucket, Key = "thousand" });

        // Assert
        var expected = Size.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, response.Header("Content-Length"));
    }

    private Task<RawResponse> GetWithAsync(string header, string value) =>
        _client.SendAsync(new RawRequest
        {
            Bucket = _bucket,
            Key = "thousand",
            Headers = new Dictionary<string, string> { [header] = value },
        });
}
