using System.Net;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Hosting;

/// <summary>Credentials and buckets from the environment, as MinIO-era manifests set them.</summary>
public class StartupTests
{
    [LocalServerFact]
    public async Task Start_WithMinioLegacyKeyVariables_AcceptsThatPair()
    {
        // Arrange
        var settings = new KuraServerSettings
        {
            Environment = new Dictionary<string, string?>
            {
                ["KURA_ROOT_USER"] = null,
                ["KURA_ROOT_PASSWORD"] = null,
                ["MINIO_ACCESS_KEY"] = "legacy-access",
                ["MINIO_SECRET_KEY"] = "legacy-secret-123",
            },
        };
        await using var server = await StartedAsync(settings);
        using var client = new RawS3Client(server);

        // Act
        var accepted = await client.SendAsync(new RawRequest
        {
            AccessKey = "legacy-access",
            SecretKey = "legacy-secret-123",
        });
        var refused = await client.SendAsync(new RawRequest());

        // Assert
        Assert.Equal(HttpStatusCode.OK, accepted.Status);
        Assert.Equal("InvalidAccessKeyId", refused.ErrorCode);
    }

    [LocalServerFact]
    public async Task Start_WithoutCredentials_UsesDefaultPairAndWarnsLoudly()
    {
        // Arrange
        var settings = new KuraServerSettings
        {
            Environment = new Dictionary<string, string?>
            {
                ["KURA_ROOT_USER"] = null,
                ["KURA_ROOT_PASSWORD"] = null,
            },
        };
        await using var server = await StartedAsync(settings);
        using var client = new RawS3Client(server);

        // Act
        var response = await client.SendAsync(new RawRequest
        {
            AccessKey = "minioadmin",
            SecretKey = "minioadmin",
        });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("No root credentials configured", server.RecentOutput());
    }

    [LocalServerFact]
    public async Task Start_WithBucketsFromVariableAndFlag_CreatesEachOnceAcrossRestarts()
    {
        // Arrange
        var settings = new KuraServerSettings
        {
            Environment = new Dictionary<string, string?> { ["KURA_BUCKETS"] = "alpha, beta" },
            Arguments = ["--bucket", "gamma", "--bucket", "alpha"],
        };
        await using var server = await StartedAsync(settings);
        using var client = new RawS3Client(server);
        await client.PutObjectAsync("alpha", "kept", [1, 2, 3]);

        // Act
        await server.RestartAsync();
        var buckets = await client.SendAsync(new RawRequest());
        var kept = await client.GetObjectAsync("alpha", "kept");

        // Assert
        Assert.Equal(["alpha", "beta", "gamma"], buckets.Values("Name"));
        Assert.Equal([1, 2, 3], kept.Body);
    }

    [LocalServerFact]
    public async Task Start_WithInvalidStartupBucket_ExitsAndNamesIt()
    {
        // Arrange
        var settings = new KuraServerSettings
        {
            Environment = new Dictionary<string, string?> { ["KURA_BUCKETS"] = "Bad_Name" },
        };
        var server = new KuraServer(settings);

        // Act
        var error = await Assert.ThrowsAsync<InvalidOperationException>(server.InitializeAsync);
        await server.DisposeAsync();

        // Assert
        Assert.Contains("Bad_Name", error.Message);
        Assert.Contains("not a valid name", error.Message);
    }

    private static async Task<StartedServer> StartedAsync(KuraServerSettings settings)
    {
        var server = new KuraServer(settings);
        await server.InitializeAsync();
        return new StartedServer(server);
    }
}
