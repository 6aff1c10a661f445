using System.Diagnostics;

namespace Kura.Storage;

internal sealed partial class StorageEngine
{
    /// <summary>
    /// Start-up recovery. Staged files never reached the index, so they go. Garbage recorded by
    /// committed transactions is deleted. After an unclean stop a blob may have been moved into
    /// place without its index commit; the sweep finds those by comparing folder and index.
    /// </summary>
    private void Recover(bool firstStart)
    {
        var staged = Directory.GetFiles(_directory.Temporary);
        foreach (var file in staged)
        {
            File.Delete(file);
        }

        if (staged.Length > 0)
        {
            Log.StagingCleared(_logger, staged.Length);
        }

        var clean = firstStart || File.Exists(_directory.CleanShutdownMarker);
        if (!clean)
        {
            SweepOrphans();
        }

        File.Delete(_directory.CleanShutdownMarker);
        Durability.SyncDirectory(_directory.System);
        CollectGarbageAsync(CancellationToken.None).GetAwaiter().GetResult();
        Log.Opened(_logger, _directory.Root, _index.ListBuckets().Count);
    }

    /// <summary>Deletes every blob file the index does not refer to. Runs before serving.</summary>
    private void SweepOrphans()
    {
        Log.SweepStarted(_logger);
        var stopwatch = Stopwatch.StartNew();
        var referenced = _index.ReferencedBlobs();
        var removed = 0;
        foreach (var folder in Directory.EnumerateDirectories(_directory.Blobs))
        {
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                if (!referenced.Contains(Path.GetFileName(file)))
                {
                    File.Delete(file);
                    removed++;
                }
            }
        }

        Log.SweepFinished(_logger, removed, stopwatch.ElapsedMilliseconds);
    }

    /// <summary>Deletes the files of recorded garbage and forgets them, in batches.</summary>
    public async Task CollectGarbageAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var batch = _index.PendingGarbage(1000);
            if (batch.Count == 0)
            {
                return;
            }

            DeleteBlobs(batch);
            await _index.ForgetGarbageAsync(batch, cancellationToken);
        }
    }
}
