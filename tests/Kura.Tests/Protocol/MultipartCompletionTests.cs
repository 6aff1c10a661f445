using System.Net;
using System.Security.Cryptography;
using Amazon.S3;
using Amazon.S3.Model;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Protocol;

/// <summary>Completing uploads: retries, checksums stated by the client, part checksums.</summary>
public sealed class MultipartCompletionTests(KuraServer server) : IClassFixture<KuraServer>, IDisposable
{
    private readonly AmazonS3Client _s3 = S3Clients.AwsSdk(server);

    public void Dispose() => _s3.Dispose();

    [Fact]
    public async Task Complete_RepeatedAfterSuccess_AnswersTheSameETagAgain()
    {
        // Arrange
        using var client = new RawS3Client(server);
        var bucket = BucketNames.Unique("retry");
        await client.CreateBucketAsync(bucket);
        var uploadId = await client.CreateAsync(bucket, "object");
        var part = await client.UploadPartAsync(bucket, "object", uploadId, 1, TestData.RandomBytes(1000));
        var parts = new[] { (1, part.Header("ETag")!) };

        // Act
        var first = await client.CompleteAsync(bucket, "object", uploadId, parts);
        var second = await client.CompleteAsync(bucket, "object", uploadId, parts);

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(first.Values("ETag"), second.Values("ETag"));
    }

    [Fact]
    public async Task Complete_WithWrongWholeObjectSha256_IsBadDigestAndUploadSurvives()
    {
        // Arrange
        var bucket = BucketNames.Unique("digest");
        await _s3.PutBucketAsync(bucket);
        var created = await _s3.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest
        {
            BucketName = bucket,
            Key = "object",
            ChecksumAlgorithm = ChecksumAlgorithm.SHA256,
        });
        var body = TestData.RandomBytes(4096);
        var part = await _s3.UploadPartAsync(new UploadPartRequest
        {
            BucketName = bucket,
            Key = "object",
            UploadId = created.UploadId,
            PartNumber = 1,
            InputStream = new MemoryStream(body),
            ChecksumAlgorithm = ChecksumAlgorithm.SHA256,
        });
        var complete = new CompleteMultipartUploadRequest
        {
            BucketName = bucket,
            Key = "object",
            UploadId = created.UploadId,
            ChecksumSHA256 = Convert.ToBase64String(SHA256.HashData("not the parts"u8)),
            PartETags = [new PartETag { PartNumber = 1, ETag = part.ETag, ChecksumSHA256 = part.ChecksumSHA256 }],
        };

        // Act
        var error = await Assert.ThrowsAsync<AmazonS3Exception>(() => _s3.CompleteMultipartUploadAsync(complete));
        var parts = await _s3.ListPartsAsync(bucket, "object", created.UploadId);

        // Assert
        Assert.Equal("BadDigest", error.ErrorCode);
        Assert.Equal(Convert.ToBase64String(SHA256.HashData(body)), part.ChecksumSHA256);
        Assert.Single(parts.Parts);
    }
}
