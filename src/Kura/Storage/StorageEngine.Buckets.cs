namespace Kura.Storage;

internal sealed partial class StorageEngine
{
    public IReadOnlyList<BucketInfo> ListBuckets() => _index.ListBuckets();

    /// <summary>Finds a bucket, from memory after the first look.</summary>
    public BucketInfo? FindBucket(string name)
    {
        if (_buckets.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var found = _index.FindBucket(name);
        if (found is not null)
        {
            _buckets[name] = found;
        }

        return found;
    }

    public BucketInfo GetBucket(string name) =>
        FindBucket(name) ?? throw new StorageException(StorageErrorCode.NoSuchBucket);

    /// <summary>Creates a bucket; false when it already existed.</summary>
    public Task<bool> CreateBucketAsync(string name, CancellationToken cancellationToken) =>
        _index.CreateBucketAsync(name, DateTimeOffset.UtcNow, cancellationToken);

    /// <summary>Deletes an empty bucket, aborting its unfinished multipart uploads.</summary>
    public async Task DeleteBucketAsync(string name, CancellationToken cancellationToken)
    {
        var garbage = await _index.DeleteBucketAsync(name, cancellationToken);
        _buckets.TryRemove(name, out _);
        DeleteBlobs(garbage);
    }
}
