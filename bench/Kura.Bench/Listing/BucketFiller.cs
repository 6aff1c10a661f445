using System.Diagnostics;
using Kura.Bench.Load;
using Kura.Bench.Targets;

namespace Kura.Bench.Listing;

/// <summary>
/// Fills the listing bucket with empty objects: many concurrent PUTs through the S3 API, and,
/// when the measured PUT rate says the API would need longer than the budget, the index loader
/// for the keys that are still missing.
/// </summary>
internal static class BucketFiller
{
    private const int FillConnections = 64;

    /// <summary>Creates the bucket and fills keys 0 to count-1.</summary>
    public static async Task<FillReport> FillAsync(
        BenchTarget kura,
        KuraProcess process,
        string indexPath,
        long count,
        FillMode mode,
        TimeSpan probe,
        TimeSpan budget,
        CancellationToken cancellationToken)
    {
        var target = kura with { Bucket = BucketLayout.Bucket };
        await BucketSetup.CreateBucketAsync(target, cancellationToken);
        var next = 0L;
        var errors = 0L;
        var clock = Stopwatch.StartNew();
        var apiLimit = mode == FillMode.Loader ? 1 : count;
        var stopAt = mode == FillMode.Auto ? probe : Timeout.InfiniteTimeSpan;
        await PutRangeAsync(target, () => clock.Elapsed, stopAt, apiLimit, () => Interlocked.Increment(ref next) - 1,
            () => Interlocked.Increment(ref errors), cancellationToken);

        var done = Math.Min(Interlocked.Read(ref next), apiLimit);
        var rate = done / clock.Elapsed.TotalSeconds;
        if (mode == FillMode.Auto && done < count && (count - done) / rate < (budget - probe).TotalSeconds)
        {
            Console.Error.WriteLine($"  API fill: {rate:F0} PUT/s, continuing through the API");
            await PutRangeAsync(target, () => clock.Elapsed, Timeout.InfiniteTimeSpan, count,
                () => Interlocked.Increment(ref next) - 1, () => Interlocked.Increment(ref errors), cancellationToken);
            done = count;
        }

        var apiSeconds = clock.Elapsed.TotalSeconds;
        if (done >= count && errors == 0)
        {
            return new FillReport(done, apiSeconds, errors, 0, 0);
        }

        Console.Error.WriteLine(
            $"  API fill: {done:N0} keys at {rate:F0} PUT/s; loading the other {count - done:N0} into the index");
        var loader = Stopwatch.StartNew();
        await process.StopAsync();
        var loaded = IndexLoader.Load(indexPath, BucketLayout.Bucket, BucketLayout.Key(0), count);
        await process.StartAsync(cancellationToken);
        return new FillReport(done, apiSeconds, errors, loaded, loader.Elapsed.TotalSeconds);
    }

    private static async Task PutRangeAsync(
        BenchTarget kura,
        Func<TimeSpan> elapsed,
        TimeSpan stopAt,
        long limit,
        Func<long> take,
        Action failed,
        CancellationToken cancellationToken)
    {
        using var client = BenchTarget.CreateClient(FillConnections);
        await Task.WhenAll(Enumerable.Range(0, FillConnections).Select(_ => Task.Run(async () =>
        {
            while (stopAt == Timeout.InfiniteTimeSpan || elapsed() < stopAt)
            {
                var index = take();
                if (index >= limit)
                {
                    return;
                }

                try
                {
                    await ObjectRequests.PutAsync(client, kura, BucketLayout.Key(index), 0, cancellationToken);
                }
                catch (Exception e) when (e is BenchRequestException or HttpRequestException)
                {
                    failed();
                }
            }
        }, cancellationToken)));
    }
}
