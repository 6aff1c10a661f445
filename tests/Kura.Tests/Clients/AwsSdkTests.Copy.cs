using Amazon.S3;
using Amazon.S3.Model;
using Kura.Tests.Support;

namespace Kura.Tests.Clients;

/// <summary>CopyObject and DeleteObjects with AWSSDK.S3.</summary>
public sealed partial class AwsSdkTests
{
    [Theory]
    [InlineData("COPY", "original", "text/plain")]
    [InlineData("REPLACE", "replaced", "application/json")]
    public async Task CopyObject_WithMetadataDirective_KeepsOrReplacesMetadata(
        string directive,
        string expectedLabel,
        string expectedType)
    {
        // Arrange
        var bucket = await NewBucketAsync();
        var body = TestData.RandomBytes(50_000);
        var put = new PutObjectRequest
        {
            BucketName = bucket,
            Key = "source",
            InputStream = new MemoryStream(body),
            ContentType = "text/plain",
        };
        put.Metadata.Add("label", "original");
        await _s3.PutObjectAsync(put);
        var copy = new CopyObjectRequest
        {
            SourceBucket = bucket,
            SourceKey = "source",
            DestinationBucket = bucket,
            DestinationKey = "target",
            MetadataDirective = directive == "COPY"
                ? S3MetadataDirective.COPY
                : S3MetadataDirective.REPLACE,
        };
        if (directive == "REPLACE")
        {
            copy.ContentType = "application/json";
            copy.Metadata.Add("label", "replaced");
        }

        // Act
        await _s3.CopyObjectAsync(copy);
        using var get = await _s3.GetObjectAsync(bucket, "target");
        var hash = await TestData.Sha256Async(get.ResponseStream);

        // Assert
        Assert.Equal(TestData.Sha256(body), hash);
        Assert.Equal(expectedLabel, get.Metadata["label"]);
        Assert.Equal(expectedType, get.Headers.ContentType);
    }

    [Fact]
    public async Task DeleteObjects_ThreeKeysOneMissing_DeletesAllAndReportsEach()
    {
        // Arrange
        var bucket = await NewBucketAsync();
        await PutAsync(bucket, "keep", TestData.RandomBytes(5));
        await PutAsync(bucket, "drop/1", TestData.RandomBytes(5));
        await PutAsync(bucket, "drop/2", TestData.RandomBytes(5));

        // Act
        var result = await _s3.DeleteObjectsAsync(new DeleteObjectsRequest
        {
            BucketName = bucket,
            Objects = [new KeyVersion { Key = "drop/1" }, new KeyVersion { Key = "drop/2" },
                new KeyVersion { Key = "never-there" }],
        });
        var left = await _s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket });

        // Assert
        Assert.Equal(["drop/1", "drop/2", "never-there"],
            (result.DeletedObjects ?? []).Select(d => d.Key).Order(StringComparer.Ordinal));
        Assert.Empty(result.DeleteErrors ?? []);
        Assert.Equal(["keep"], (left.S3Objects ?? []).Select(o => o.Key));
    }
}
