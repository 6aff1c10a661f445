using System.Net;
using Amazon.S3.Model;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Protocol;

/// <summary>Bucket CORS through AWSSDK.S3, and what a browser's requests get back.</summary>
public sealed class CorsTests(KuraServer server) : IClassFixture<KuraServer>
{
    private const string AppOrigin = "http://app.example.test";

    [LocalServerFact]
    public async Task Preflight_FromAllowedOrigin_IsAnsweredFromTheRules()
    {
        // Arrange
        var bucket = await BucketWithCorsAsync();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(
            HttpMethod.Options,
            new Uri(server.Endpoint, $"{bucket}/uploads/file.bin"));
        request.Headers.Add("Origin", AppOrigin);
        request.Headers.Add("Access-Control-Request-Method", "PUT");
        request.Headers.Add("Access-Control-Request-Headers", "content-type, x-amz-meta-owner");

        // Act
        using var response = await http.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AppOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("PUT", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.Equal("600", response.Headers.GetValues("Access-Control-Max-Age").Single());
    }

    [LocalServerFact]
    public async Task Preflight_FromOtherOrigin_IsForbidden()
    {
        // Arrange
        var bucket = await BucketWithCorsAsync();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri(server.Endpoint, $"{bucket}/file.bin"));
        request.Headers.Add("Origin", "http://evil.example.test");
        request.Headers.Add("Access-Control-Request-Method", "PUT");

        // Act
        using var response = await http.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [LocalServerFact]
    public async Task GetBucketCors_AfterPut_ReturnsTheRulesAndSignedGetsAllowOrigin()
    {
        // Arrange
        var bucket = await BucketWithCorsAsync();
        using var s3 = S3Clients.AwsSdk(server);
        using var client = new RawS3Client(server);
        await client.PutObjectAsync(bucket, "x.txt", [1]);

        // Act
        var cors = await s3.GetCORSConfigurationAsync(bucket);
        var get = await client.SendAsync(new RawRequest
        {
            Bucket = bucket,
            Key = "x.txt",
            Headers = new Dictionary<string, string> { ["Origin"] = AppOrigin },
        });

        // Assert
        var rule = Assert.Single(cors.Configuration.Rules);
        Assert.Equal([AppOrigin], rule.AllowedOrigins);
        Assert.Equal(["GET", "PUT"], rule.AllowedMethods);
        Assert.Equal(AppOrigin, get.Header("Access-Control-Allow-Origin"));
        Assert.Equal("ETag", get.Header("Access-Control-Expose-Headers"));
    }

    private async Task<string> BucketWithCorsAsync()
    {
        using var s3 = S3Clients.AwsSdk(server);
        var bucket = BucketNames.Unique("cors");
        await s3.PutBucketAsync(bucket);
        await s3.PutCORSConfigurationAsync(new PutCORSConfigurationRequest
        {
            BucketName = bucket,
            Configuration = new CORSConfiguration
            {
                Rules =
                [
                    new CORSRule
                    {
                        AllowedOrigins = [AppOrigin],
                        AllowedMethods = ["GET", "PUT"],
                        AllowedHeaders = ["*"],
                        ExposeHeaders = ["ETag"],
                        MaxAgeSeconds = 600,
                    },
                ],
            },
        });
        return bucket;
    }
}
