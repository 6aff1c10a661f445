using System.Diagnostics;
using System.Xml.Linq;
using Kura.Bench.Load;
using Kura.Bench.Targets;

namespace Kura.Bench.Listing;

/// <summary>
/// Times ListObjectsV2 pages of 1,000 entries over one connection: a walk of the whole bucket
/// with continuation tokens (which also proves the fill), then pages starting at random keys.
/// </summary>
internal static class ListBench
{
    private const int PageSize = 1000;

    /// <summary>Runs the walks and the random pages against the filled listing bucket.</summary>
    public static async Task<IReadOnlyList<ListSeries>> RunAsync(
        BenchTarget kura,
        long count,
        TimeSpan randomFor,
        CancellationToken cancellationToken)
    {
        using var client = BenchTarget.CreateClient(1);
        var series = new List<ListSeries>();
        foreach (var delimiter in new[] { false, true })
        {
            series.Add(await WalkAsync(client, kura, delimiter, cancellationToken));
        }

        var folders = count / BucketLayout.PerFolder;
        foreach (var delimiter in new[] { false, true })
        {
            var latencies = new List<double>();
            var entries = 0L;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < randomFor && latencies.Count < 5000)
            {
                // Start far enough from the end that every page is full.
                var startAfter = delimiter
                    ? BucketLayout.Folder(Random.Shared.NextInt64(Math.Max(1, folders - PageSize)))
                    : BucketLayout.Key(Random.Shared.NextInt64(Math.Max(1, count - PageSize)));
                var page = await PageAsync(client, kura, delimiter, null, startAfter, cancellationToken);
                latencies.Add(page.Milliseconds);
                entries += page.Entries;
            }

            series.Add(new ListSeries(
                $"random start-after{(delimiter ? ", delimiter /" : "")}", delimiter, entries, [.. latencies.Order()]));
        }

        return series;
    }

    private static async Task<ListSeries> WalkAsync(
        HttpClient client,
        BenchTarget kura,
        bool delimiter,
        CancellationToken cancellationToken)
    {
        var latencies = new List<double>();
        var entries = 0L;
        string? token = null;
        do
        {
            var page = await PageAsync(client, kura, delimiter, token, null, cancellationToken);
            latencies.Add(page.Milliseconds);
            entries += page.Entries;
            token = page.NextToken;
        }
        while (token is not null);

        var name = $"whole bucket{(delimiter ? ", delimiter /" : "")}";
        return new ListSeries(name, delimiter, entries, [.. latencies.Order()]);
    }

    private static async Task<(double Milliseconds, int Entries, string? NextToken)> PageAsync(
        HttpClient client,
        BenchTarget kura,
        bool delimiter,
        string? token,
        string? startAfter,
        CancellationToken cancellationToken)
    {
        var query = new List<KeyValuePair<string, string>>
        {
            new("list-type", "2"),
            new("max-keys", "1000"),
        };
        if (delimiter)
        {
            query.Add(new("delimiter", "/"));
        }

        if (token is not null)
        {
            query.Add(new("continuation-token", token));
        }

        if (startAfter is not null)
        {
            query.Add(new("start-after", startAfter));
        }

        var begin = Stopwatch.GetTimestamp();
        using var request = kura.BucketRequest(HttpMethod.Get, BucketLayout.Bucket, query);
        using var response = await client.SendAsync(
            request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        await ObjectRequests.EnsureOkAsync(response, kura, "LIST", BucketLayout.Bucket, cancellationToken);
        var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var milliseconds = Stopwatch.GetElapsedTime(begin).TotalMilliseconds;

        var root = (await XDocument.LoadAsync(body, LoadOptions.None, cancellationToken)).Root!;
        var entries = root.Elements().Count(e => e.Name.LocalName is "Contents" or "CommonPrefixes");
        var truncated = root.Elements().Any(e => e.Name.LocalName == "IsTruncated" && e.Value == "true");
        var next = root.Elements().FirstOrDefault(e => e.Name.LocalName == "NextContinuationToken")?.Value;
        return (milliseconds, entries, truncated ? next : null);
    }
}
