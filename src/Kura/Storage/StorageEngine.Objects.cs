namespace Kura.Storage;

internal sealed partial class StorageEngine
{
    /// <summary>Looks up an object; throws NoSuchBucket or NoSuchKey.</summary>
    public ObjectInfo GetObject(string bucket, string key)
    {
        var bucketInfo = GetBucket(bucket);
        return _index.GetObject(bucketInfo.Id, key) ?? throw new StorageException(StorageErrorCode.NoSuchKey);
    }

    /// <summary>
    /// Makes a staged body the current object under <paramref name="key"/>. The blob is in place
    /// and synced before the index commit, and the commit is synced before this returns.
    /// </summary>
    public async Task<ObjectInfo> CommitObjectAsync(
        string bucket,
        string key,
        StagedBlob staged,
        ObjectMetadata metadata,
        ObjectChecksum? checksum,
        WriteCondition condition,
        CancellationToken cancellationToken)
    {
        var info = new ObjectInfo
        {
            Key = key,
            Size = staged.Length,
            ETag = staged.ETag,
            LastModified = DateTimeOffset.UtcNow,
            Metadata = metadata,
            Checksum = checksum,
            Segments = staged.InlineData is null ? [new Segment(staged.BlobId, staged.Length)] : [],
            InlineData = staged.InlineData,
        };

        staged.MoveIntoPlace();
        IReadOnlyList<string> garbage;
        try
        {
            garbage = await _index.PutObjectAsync(bucket, info, condition, cancellationToken);
        }
        catch
        {
            // Refused (a condition, a vanished bucket): the blob was never referenced.
            if (staged.InlineData is null)
            {
                DeleteBlobs([staged.BlobId]);
            }

            throw;
        }

        DeleteBlobs(garbage);
        return info;
    }

    /// <summary>Deletes keys; a key that does not exist is not an error, as in S3.</summary>
    public async Task DeleteObjectsAsync(string bucket, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var garbage = await _index.DeleteObjectsAsync(bucket, keys, cancellationToken);
        DeleteBlobs(garbage);
    }

    public ListPage List(string bucket, ListRequest request) => _index.List(GetBucket(bucket).Id, request);
}
