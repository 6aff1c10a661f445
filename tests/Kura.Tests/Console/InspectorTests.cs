using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Amazon.S3.Model;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Console;

/// <summary>The live request inspector, fed by real SDK traffic.</summary>
public sealed class InspectorTests(KuraServer server) : IClassFixture<KuraServer>
{
    [LocalServerFact]
    public async Task Stream_AfterAnSdkPut_ShowsItWithinASecondWithoutSecrets()
    {
        // Arrange
        using var s3 = S3Clients.AwsSdk(server);
        var bucket = BucketNames.Unique("inspect");
        await s3.PutBucketAsync(bucket);
        using var http = new HttpClient { BaseAddress = server.ConsoleEndpoint, Timeout = TimeSpan.FromSeconds(30) };
        var pair = Encoding.UTF8.GetBytes($"{server.AccessKey}:{server.SecretKey}");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(pair));
        using var response = await http.GetAsync(
            $"api/inspector/stream?bucket={bucket}",
            HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal(": connected", await reader.ReadLineAsync());

        // Act
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "seen.txt", ContentBody = "hello" });
        var answered = DateTime.UtcNow;
        string? line;
        do
        {
            line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(5));
        }
        while (line is not null && !line.StartsWith("data: ", StringComparison.Ordinal));
        var arrived = DateTime.UtcNow;

        // Assert
        Assert.NotNull(line);
        using var record = JsonDocument.Parse(line["data: ".Length..]);
        Assert.Equal("PutObject", record.RootElement.GetProperty("operation").GetString());
        Assert.Equal("seen.txt", record.RootElement.GetProperty("key").GetString());
        Assert.Equal(200, record.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(server.AccessKey, record.RootElement.GetProperty("accessKey").GetString());
        Assert.True(arrived - answered < TimeSpan.FromSeconds(1),
            $"the event came {(arrived - answered).TotalMilliseconds} ms after the SDK had its answer");
        Assert.DoesNotContain(server.SecretKey, line);
        Assert.DoesNotContain("Signature", line, StringComparison.OrdinalIgnoreCase);
    }
}
