using System.Net;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Storage;

/// <summary>A 5 GiB object, S3's single-PUT maximum, through the server in bounded memory.</summary>
public class LargeObjectTests(KuraServer server) : IClassFixture<KuraServer>
{
    private const long FiveGiB = 5L * 1024 * 1024 * 1024;
    private const long MemoryBound = 300L * 1024 * 1024;

    [LocalServerFact]
    public async Task PutThenGet_FiveGiB_RoundTripsWithServerMemoryBounded()
    {
        // Arrange
        using var client = new RawS3Client(server);
        var bucket = BucketNames.Unique("large");
        await client.CreateBucketAsync(bucket);
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(20) };
        using var content = new GeneratedContent(FiveGiB, seed: 5);

        // Act
        string downloaded;
        long peak;
        await using (var memory = new ResidentMemory(server.ProcessId))
        {
            using var put = await http.PutAsync(client.Presign(HttpMethod.Put, bucket, "five-gib", 3600), content);
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
            using var get = await http.GetAsync(
                client.Presign(HttpMethod.Get, bucket, "five-gib", 3600), HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(FiveGiB, get.Content.Headers.ContentLength);
            await using var body = await get.Content.ReadAsStreamAsync();
            downloaded = await TestData.Sha256Async(body);
            peak = memory.PeakBytes;
        }

        // Assert
        Assert.Equal(content.Sha256, downloaded);
        Assert.True(peak < MemoryBound, $"server peak RSS was {peak / (1024 * 1024)} MiB");
    }
}
