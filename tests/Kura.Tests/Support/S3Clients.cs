using Amazon.Runtime;
using Amazon.S3;
using Kura.Tests.Fixtures;
using Minio;

namespace Kura.Tests.Support;

/// <summary>
/// Builds the real S3 clients at their default settings, pointed at a test server.
/// </summary>
public static class S3Clients
{
    /// <summary>AWSSDK.S3 with path-style addressing and otherwise default settings.</summary>
    public static AmazonS3Client AwsSdk(KuraServer server)
    {
        var config = new AmazonS3Config
        {
            ServiceURL = server.EndpointText,
            ForcePathStyle = true,
            AuthenticationRegion = "us-east-1",
        };
        var credentials = new BasicAWSCredentials(server.AccessKey, server.SecretKey);
        return new AmazonS3Client(credentials, config);
    }

    /// <summary>The MinIO .NET client with its default settings.</summary>
    public static IMinioClient Minio(KuraServer server)
    {
        return new MinioClient()
            .WithEndpoint(server.Endpoint.Host, server.Endpoint.Port)
            .WithCredentials(server.AccessKey, server.SecretKey)
            .WithRegion("us-east-1")
            .Build();
    }
}
