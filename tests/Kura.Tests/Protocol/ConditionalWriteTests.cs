using System.Net;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Protocol;

/// <summary>If-Match and If-None-Match with an ETag on PUT.</summary>
public sealed class ConditionalWriteTests(KuraServer server) : IClassFixture<KuraServer>
{
    [Theory]
    [InlineData("If-None-Match", true, HttpStatusCode.PreconditionFailed)]
    [InlineData("If-None-Match", false, HttpStatusCode.OK)]
    [InlineData("If-Match", true, HttpStatusCode.OK)]
    [InlineData("If-Match", false, HttpStatusCode.PreconditionFailed)]
    public async Task Put_WithETagCondition_WritesOnlyWhenItHolds(
        string header,
        bool currentETag,
        HttpStatusCode expected)
    {
        // Arrange
        using var client = new RawS3Client(server);
        var bucket = BucketNames.Unique("cond");
        await client.CreateBucketAsync(bucket);
        var first = await client.PutObjectAsync(bucket, "key", [1]);
        var etag = currentETag ? first.Header("ETag")! : "\"0123456789abcdef0123456789abcdef\"";

        // Act
        var second = await client.SendAsync(new RawRequest
        {
            Method = HttpMethod.Put,
            Bucket = bucket,
            Key = "key",
            Body = [2],
            Headers = new Dictionary<string, string> { [header] = etag },
        });
        var stored = await client.GetObjectAsync(bucket, "key");

        // Assert
        Assert.Equal(expected, second.Status);
        Assert.Equal(expected == HttpStatusCode.OK ? [2] : [1], stored.Body);
    }
}
