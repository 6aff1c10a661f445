namespace Kura.Storage;

internal sealed partial class StorageEngine
{
    public IReadOnlyList<SnapshotInfo> ListSnapshots(string bucket) => _index.ListSnapshots(GetBucket(bucket).Id);

    /// <summary>Objects and bytes in a bucket, for the console.</summary>
    public (long Objects, long Size) BucketUsage(string bucket) => _index.BucketUsage(GetBucket(bucket).Id);

    /// <summary>Saves the bucket's current objects under a name; their bodies are hard-linked, not copied.</summary>
    public async Task SaveSnapshotAsync(string bucket, string name, CancellationToken cancellationToken)
    {
        var linker = new BlobLinker(_directory);
        try
        {
            var garbage = await Guard(() => _index.SaveSnapshotAsync(
                GetBucket(bucket).Id, name, DateTimeOffset.UtcNow, linker.Link, cancellationToken));
            DeleteBlobs(garbage);
        }
        catch
        {
            DeleteBlobs(linker.Created);
            throw;
        }
    }

    /// <summary>Puts the bucket back to a snapshot: exactly its objects, nothing added since.</summary>
    public async Task<(int Restored, int Removed)> RestoreSnapshotAsync(
        string bucket,
        string name,
        CancellationToken cancellationToken)
    {
        var linker = new BlobLinker(_directory);
        try
        {
            var (restored, removed, garbage) = await Guard(() => _index.RestoreSnapshotAsync(
                GetBucket(bucket).Id, name, linker.Link, cancellationToken));
            DeleteBlobs(garbage);
            return (restored, removed);
        }
        catch
        {
            DeleteBlobs(linker.Created);
            throw;
        }
    }

    public async Task DeleteSnapshotAsync(string bucket, string name, CancellationToken cancellationToken)
    {
        var garbage = await _index.DeleteSnapshotAsync(GetBucket(bucket).Id, name, cancellationToken);
        DeleteBlobs(garbage);
    }
}
