using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Protocol;

/// <summary>Expect: 100-continue, which curl and several SDKs send before large bodies.</summary>
public class ExpectContinueTests(KuraServer server) : IClassFixture<KuraServer>
{
    [LocalServerFact]
    public async Task Put_WithExpectContinue_GetsInterimResponseAndStoresTheBody()
    {
        // Arrange
        using var client = new RawS3Client(server);
        var bucket = BucketNames.Unique("expect");
        await client.CreateBucketAsync(bucket);
        var file = Path.Combine(server.WorkDir, "expect-body.bin");
        var body = TestData.RandomBytes(3 * 1024 * 1024);
        await File.WriteAllBytesAsync(file, body);
        var url = client.Presign(HttpMethod.Put, bucket, "expected", 300);

        // Act
        var curl = await ExternalProcess.RunAsync(
            "curl",
            ["-sS", "-v", "-X", "PUT", "-H", "Expect: 100-continue", "--data-binary", "@" + file, url.ToString()],
            new Dictionary<string, string>());
        var stored = await client.GetObjectAsync(bucket, "expected");

        // Assert
        Assert.Equal(0, curl.ExitCode);
        Assert.Contains("HTTP/1.1 100 Continue", curl.Stderr);
        Assert.Equal(TestData.Sha256(body), TestData.Sha256(stored.Body));
    }
}
