using System.Net;
using System.Text;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Protocol;

/// <summary>Bucket names, LocationConstraint, and the bucket-level errors.</summary>
public sealed class BucketTests : IClassFixture<KuraServer>, IDisposable
{
    private readonly RawS3Client _client;

    /// <summary>Uses the class's server.</summary>
    public BucketTests(KuraServer server) => _client = new RawS3Client(server);

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    [Theory]
    [InlineData("ab")]
    [InlineData("UpperCase")]
    [InlineData("under_score")]
    [InlineData("-leading-hyphen")]
    [InlineData("trailing-hyphen-")]
    [InlineData("two..dots")]
    [InlineData("192.168.10.20")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public async Task CreateBucket_InvalidName_InvalidBucketNameAndNotListed(string name)
    {
        // Act
        var response = await _client.SendAsync(
            new RawRequest { Method = HttpMethod.Put, Bucket = name });
        var buckets = await _client.SendAsync(new RawRequest());

        // Assert
        S3Assert.Error(response, HttpStatusCode.BadRequest, "InvalidBucketName");
        Assert.DoesNotContain(name, buckets.Values("Name"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<CreateBucketConfiguration><LocationConstraint>us-east-1</LocationConstraint>" +
        "</CreateBucketConfiguration>")]
    public async Task CreateBucket_NoOrServerRegionLocation_Created(string body)
    {
        // Arrange
        var bucket = BucketNames.Unique("loc");

        // Act
        var response = await CreateWithBodyAsync(bucket, body);
        var head = await HeadBucketAsync(bucket);

        // Assert
        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.Equal(HttpStatusCode.OK, head.Status);
    }

    [Fact]
    public async Task CreateBucket_OtherRegionLocation_RefusedAndNotCreated()
    {
        // Arrange
        var bucket = BucketNames.Unique("loc");
        var body = "<CreateBucketConfiguration><LocationConstraint>eu-west-1</LocationConstraint>" +
            "</CreateBucketConfiguration>";

        // Act
        var response = await CreateWithBodyAsync(bucket, body);
        var head = await HeadBucketAsync(bucket);

        // Assert
        S3Assert.ErrorOneOf(response, HttpStatusCode.BadRequest,
            "IllegalLocationConstraintException", "InvalidLocationConstraint", "InvalidRegion");
        Assert.Equal(HttpStatusCode.NotFound, head.Status);
    }

    [Fact]
    public async Task CreateBucket_MalformedConfiguration_MalformedXml()
    {
        // Act
        var bucket = BucketNames.Unique("loc");
        var response = await CreateWithBodyAsync(bucket, "<CreateBucketConfiguration>");

        // Assert
        S3Assert.Error(response, HttpStatusCode.BadRequest, "MalformedXML");
    }

    [Fact]
    public async Task DeleteBucket_WithObject_BucketNotEmptyAndObjectKept()
    {
        // Arrange
        var bucket = BucketNames.Unique("full");
        await _client.CreateBucketAsync(bucket);
        await _client.PutObjectAsync(bucket, "still-here", [1, 2, 3]);

        // Act
        var response = await _client.SendAsync(
            new RawRequest { Method = HttpMethod.Delete, Bucket = bucket });

        // Assert
        S3Assert.Error(response, HttpStatusCode.Conflict, "BucketNotEmpty");
        Assert.True(await _client.ObjectExistsAsync(bucket, "still-here"));
    }

    [Fact]
    public async Task Requests_MissingBucketOrKey_NoSuchBucketAndNoSuchKey()
    {
        // Arrange
        var bucket = BucketNames.Unique("exists");
        await _client.CreateBucketAsync(bucket);

        // Act
        var listMissing = await _client.SendAsync(
            new RawRequest { Bucket = BucketNames.Unique("absent") });
        var getMissingBucket = await _client.GetObjectAsync(BucketNames.Unique("absent"), "k");
        var getMissingKey = await _client.GetObjectAsync(bucket, "no/such/key");

        // Assert
        S3Assert.Error(listMissing, HttpStatusCode.NotFound, "NoSuchBucket");
        S3Assert.Error(getMissingBucket, HttpStatusCode.NotFound, "NoSuchBucket");
        S3Assert.Error(getMissingKey, HttpStatusCode.NotFound, "NoSuchKey");
    }

    private Task<RawResponse> HeadBucketAsync(string bucket) =>
        _client.SendAsync(new RawRequest { Method = HttpMethod.Head, Bucket = bucket });

    private Task<RawResponse> CreateWithBodyAsync(string bucket, string body) =>
        _client.SendAsync(new RawRequest
        {
            Method = HttpMethod.Put,
            Bucket = bucket,
            Body = body.Length == 0 ? null : Encoding.UTF8.GetBytes(body),
        });
}
