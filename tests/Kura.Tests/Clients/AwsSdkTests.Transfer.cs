using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Transfer;
using Kura.Tests.Support;

namespace Kura.Tests.Clients;

/// <summary>Multipart through TransferUtility and presigned URLs with AWSSDK.S3.</summary>
public sealed partial class AwsSdkTests
{
    [Fact]
    public async Task TransferUtility_TwentyMiBFile_UploadsMultipartAndReadsBackSameSha256()
    {
        // Arrange
        var bucket = await NewBucketAsync();
        var path = Path.Combine(Path.GetTempPath(), $"kura-sdk-{Guid.NewGuid():N}.bin");
        var expected = await TestData.WriteRandomFileAsync(path, 20L * 1024 * 1024);
        using var transfer = new TransferUtility(_s3);

        // Act
        try
        {
            await transfer.UploadAsync(new TransferUtilityUploadRequest
            {
                BucketName = bucket,
                Key = "big/file.bin",
                FilePath = path,
                PartSize = 5L * 1024 * 1024,
            });
        }
        finally
        {
            File.Delete(path);
        }

        using var get = await _s3.GetObjectAsync(bucket, "big/file.bin");
        var actual = await TestData.Sha256Async(get.ResponseStream);

        // Assert
        Assert.Equal(expected, actual);
        Assert.EndsWith("-4\"", get.ETag);
    }

    [Fact]
    public async Task PresignedUrls_PutThenGetWithHttpClient_RoundTripBytes()
    {
        // Arrange
        var bucket = await NewBucketAsync();
        var body = TestData.RandomBytes(70_000);
        var putUrl = await PresignAsync(bucket, "presigned/obj", HttpVerb.PUT);
        var getUrl = await PresignAsync(bucket, "presigned/obj", HttpVerb.GET);
        using var http = new HttpClient();

        // Act
        using var put = await http.PutAsync(new Uri(putUrl), new ByteArrayContent(body));
        var got = await http.GetByteArrayAsync(new Uri(getUrl));

        // Assert
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(TestData.Sha256(body), TestData.Sha256(got));
    }

    private Task<string> PresignAsync(string bucket, string key, HttpVerb verb) =>
        _s3.GetPreSignedURLAsync(new GetPreSignedUrlRequest
        {
            BucketName = bucket,
            Key = key,
            Verb = verb,
            Expires = DateTime.UtcNow.AddMinutes(10),
            Protocol = Amazon.S3.Protocol.HTTP,
        });
}
