using System.Net;
using System.Text.RegularExpressions;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Hosting;

/// <summary>The request log line, Prometheus metrics and health paths.</summary>
public class ObservabilityTests
{
    [LocalServerFact]
    public async Task RequestLog_AfterAPut_NamesTheRequestButNoSecretOrSignature()
    {
        // Arrange
        var settings = new KuraServerSettings { Arguments = ["--access-log"] };
        await using var server = new StartedServer(new KuraServer(settings));
        await server.Server.InitializeAsync();
        using var client = new RawS3Client(server);
        await client.CreateBucketAsync("logged");

        // Act
        var put = await client.PutObjectAsync("logged", "notes/今日.txt", [1, 2, 3, 4, 5]);
        await Task.Delay(300);
        var output = server.RecentOutput();

        // Assert
        var requestId = put.Header("x-amz-request-id")!;
        var line = output.Split('\n').Single(l => l.Contains(requestId, StringComparison.Ordinal));
        Assert.Contains("PutObject", line);
        Assert.Contains("bucket=logged", line);
        Assert.Contains("key=notes/今日.txt", line);
        Assert.Contains("status=200", line);
        Assert.Contains("in=5", line);
        Assert.Contains(server.Server.AccessKey, line);
        Assert.DoesNotContain(server.Server.SecretKey, output);
        Assert.DoesNotContain("Signature=", output);
    }

    [LocalServerFact]
    public async Task RequestLog_ByDefault_HoldsTheFailedRequestAndNotTheSuccessfulOne()
    {
        // Arrange
        var settings = new KuraServerSettings
        {
            Environment = new Dictionary<string, string?> { ["KURA_ACCESS_LOG"] = null },
        };
        await using var server = new StartedServer(new KuraServer(settings));
        await server.Server.InitializeAsync();
        using var client = new RawS3Client(server);
        await client.CreateBucketAsync("quiet");

        // Act
        var put = await client.PutObjectAsync("quiet", "present", [1, 2, 3]);
        var miss = await client.GetObjectAsync("quiet", "absent");
        await Task.Delay(300);
        var output = server.RecentOutput();

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, miss.Status);
        Assert.DoesNotContain(put.Header("x-amz-request-id")!, output);
        var line = output.Split('\n').Single(
            l => l.Contains(miss.Header("x-amz-request-id")!, StringComparison.Ordinal));
        Assert.Contains("GetObject", line);
        Assert.Contains("status=404", line);
        Assert.Contains("key=absent", line);
    }

    [LocalServerFact]
    public async Task JsonLogs_ForAFailedRequest_AreOneObjectPerLineWithAnUtcTimestamp()
    {
        // Arrange
        var settings = new KuraServerSettings { Arguments = ["--json-logs"] };
        await using var server = new StartedServer(new KuraServer(settings));
        await server.Server.InitializeAsync();
        using var client = new RawS3Client(server);
        await client.CreateBucketAsync("json");

        // Act
        var miss = await client.GetObjectAsync("json", "absent");
        await Task.Delay(300);
        var requestId = miss.Header("x-amz-request-id")!;
        var line = server.RecentOutput().Split('\n')
            .Single(l => l.Contains(requestId, StringComparison.Ordinal));

        // Assert
        using var entry = System.Text.Json.JsonDocument.Parse(line);
        var timestamp = entry.RootElement.GetProperty("Timestamp").GetString()!;
        var parsed = DateTimeOffset.ParseExact(
            timestamp,
            "yyyy-MM-ddTHH:mm:ss.fffZ",
            System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal);
        Assert.InRange(DateTimeOffset.UtcNow - parsed, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Assert.Contains("status=404", entry.RootElement.GetProperty("Message").GetString());
    }

    [LocalServerFact]
    public async Task Metrics_AfterThreePutsAndOneMiss_CountsThemByOperationAndCode()
    {
        // Arrange
        await using var server = new StartedServer(new KuraServer());
        await server.Server.InitializeAsync();
        using var client = new RawS3Client(server);
        await client.CreateBucketAsync("counted");
        for (var i = 0; i < 3; i++)
        {
            await client.PutObjectAsync("counted", $"k{i}", [1]);
        }

        await client.GetObjectAsync("counted", "missing");
        using var http = new HttpClient();

        // Act
        var text = await http.GetStringAsync(new Uri(server.Server.Endpoint, "/minio/v2/metrics/cluster"));
        var plain = await http.GetAsync(new Uri(server.Server.Endpoint, "/metrics"));

        // Assert
        Assert.Equal(3, Sample(text, "kura_s3_requests_total", "operation=\"PutObject\",status=\"200\""));
        Assert.Equal(1, Sample(text, "kura_s3_errors_total", "operation=\"GetObject\",code=\"NoSuchKey\""));
        Assert.Equal(3, Sample(text, "kura_s3_received_bytes_total", "operation=\"PutObject\""));
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
    }

    [LocalServerFact]
    public async Task StorageMetrics_AfterThreeSmallPutsAndOneLarge_CountCommitsAndOneUploadTail()
    {
        // Arrange: the large body outgrows the 64 KiB kept in the index, so it is staged to a file.
        await using var server = new StartedServer(new KuraServer());
        await server.Server.InitializeAsync();
        using var client = new RawS3Client(server);
        await client.CreateBucketAsync("durable");
        using var http = new HttpClient();
        var metrics = new Uri(server.Server.Endpoint, "/metrics");
        var before = await http.GetStringAsync(metrics);

        // Act
        for (var i = 0; i < 3; i++)
        {
            await client.PutObjectAsync("durable", $"small-{i}", [1, 2, 3]);
        }

        await client.PutObjectAsync("durable", "large", TestData.RandomBytes(300 * 1024));
        var after = await http.GetStringAsync(metrics);

        // Assert
        // A labelled series appears with its first observation, so it may be missing before.
        double Delta(string metric, string labels = "") =>
            Sample(after, metric, labels) - SampleOrZero(before, metric, labels);
        Assert.Equal(4, Delta("kura_storage_index_commit_writes_sum"));
        Assert.InRange(Delta("kura_storage_index_commit_seconds_count"), 1, 4);
        Assert.True(Delta("kura_storage_index_commit_seconds_sum") > 0);
        Assert.Equal(1, Delta("kura_storage_upload_tail_seconds_count", "step=\"sync\""));
        Assert.Equal(1, Delta("kura_storage_upload_tail_seconds_count", "step=\"hash\""));
    }

    [LocalServerFact]
    public async Task HealthPaths_OfMinioAndKura_AnswerOkOnceReady()
    {
        // Arrange
        await using var server = new StartedServer(new KuraServer());
        await server.Server.InitializeAsync();
        using var http = new HttpClient();
        string[] paths = ["/minio/health/live", "/minio/health/ready", "/kura/health/live", "/kura/health/ready"];

        // Act
        var statuses = new List<HttpStatusCode>();
        foreach (var path in paths)
        {
            using var response = await http.GetAsync(new Uri(server.Server.Endpoint, path));
            statuses.Add(response.StatusCode);
        }

        // Assert
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    private static double SampleOrZero(string exposition, string metric, string labels) =>
        FindSample(exposition, metric, labels) ?? 0;

    private static double Sample(string exposition, string metric, string labels)
    {
        var value = FindSample(exposition, metric, labels);
        Assert.True(value.HasValue, $"{metric}{{{labels}}} is not in the metrics:\n{exposition}");
        return value.Value;
    }

    private static double? FindSample(string exposition, string metric, string labels)
    {
        var series = labels.Length == 0 ? metric : metric + "{" + labels + "}";
        var pattern = new Regex("^" + Regex.Escape(series) + @" (\S+)$", RegexOptions.Multiline);
        var match = pattern.Match(exposition);
        return match.Success
            ? double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }
}
