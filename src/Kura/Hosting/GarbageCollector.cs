using Kura.Storage;

namespace Kura.Hosting;

/// <summary>
/// Forgets garbage rows in batches. Writes delete a replaced object's files at once; this only
/// retries failed deletions and trims the table, so a PUT never pays for a second commit.
/// </summary>
internal sealed class GarbageCollector(StorageEngine storage, ILogger<GarbageCollector> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await NextTickAsync(timer, stoppingToken))
        {
            try
            {
                await storage.CollectGarbageAsync(stoppingToken);
            }
            catch (Exception e) when (e is IOException or StorageException or Microsoft.Data.Sqlite.SqliteException)
            {
                Log.GarbageCollectionFailed(logger, e);
            }
        }
    }

    /// <summary>False once the host stops, including a stop before the first tick.</summary>
    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
