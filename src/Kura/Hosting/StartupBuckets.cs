using Kura.Storage;

namespace Kura.Hosting;

/// <summary>
/// Creates the configured buckets at start (an existing bucket is left alone) and then marks
/// the server ready, so a readiness probe never passes before the app's bucket exists.
/// </summary>
internal sealed class StartupBuckets(
    StorageEngine storage,
    KuraOptions options,
    Readiness readiness,
    IHostApplicationLifetime lifetime,
    ILogger<StartupBuckets> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var bucket in options.Buckets)
        {
            var created = await storage.CreateBucketAsync(bucket, cancellationToken);
            Log.StartupBucket(logger, bucket, created ? "created" : "already present");
        }

        if (options.SeedDirectory is { } seed)
        {
            await new BucketSeeder(storage, logger).SeedAsync(seed, cancellationToken);
        }

        // Ready only once Kestrel has bound its ports: a port in use must fail the start, not
        // follow a "ready" line.
        lifetime.ApplicationStarted.Register(() =>
        {
            readiness.MarkReady();
            Log.Ready(logger, options.Address.ToString(), options.ConsoleAddress?.ToString() ?? "off",
                options.DataDirectory);
        });
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
