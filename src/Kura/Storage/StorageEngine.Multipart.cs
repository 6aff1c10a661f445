using Kura.Storage.Checksums;

namespace Kura.Storage;

internal sealed partial class StorageEngine
{
    public async Task<UploadInfo> CreateUploadAsync(
        string bucket,
        string key,
        ObjectMetadata metadata,
        ChecksumAlgorithm checksumAlgorithm,
        string? checksumType,
        CancellationToken cancellationToken)
    {
        var upload = new UploadInfo
        {
            UploadId = Guid.CreateVersion7().ToString("N"),
            Bucket = bucket,
            Key = key,
            Initiated = DateTimeOffset.UtcNow,
            Metadata = metadata,
            ChecksumAlgorithm = checksumAlgorithm,
            ChecksumType = checksumType,
        };
        await _index.CreateUploadAsync(upload, cancellationToken);
        return upload;
    }

    /// <summary>Finds an unfinished upload of this bucket and key; throws NoSuchUpload.</summary>
    public UploadInfo GetUpload(string bucket, string key, string uploadId)
    {
        _ = GetBucket(bucket);
        return _index.GetUpload(bucket, key, uploadId) ?? throw new StorageException(StorageErrorCode.NoSuchUpload);
    }

    /// <summary>Records a staged body as a part, replacing an earlier part with that number.</summary>
    public async Task<PartInfo> CommitPartAsync(
        UploadInfo upload,
        int partNumber,
        StagedBlob staged,
        string? checksum,
        CancellationToken cancellationToken)
    {
        var part = new PartInfo
        {
            PartNumber = partNumber,
            Size = staged.Length,
            ETag = staged.ETag,
            LastModified = DateTimeOffset.UtcNow,
            BlobId = staged.BlobId,
            Checksum = checksum,
        };

        staged.MoveIntoPlace();
        IReadOnlyList<string> garbage;
        try
        {
            garbage = await _index.PutPartAsync(upload, part, cancellationToken);
        }
        catch
        {
            DeleteBlobs([staged.BlobId]);
            throw;
        }

        DeleteBlobs(garbage);
        return part;
    }

    public IReadOnlyList<PartInfo> ListParts(string uploadId, int afterPartNumber, int limit) =>
        _index.ListParts(uploadId, afterPartNumber, limit);

    /// <summary>
    /// Completes an upload: <paramref name="build"/> validates the client's part list against the
    /// stored parts and returns the object; no data is copied.
    /// </summary>
    public async Task<ObjectInfo> CompleteUploadAsync(
        UploadInfo upload,
        Func<IReadOnlyList<PartInfo>, ObjectInfo> build,
        WriteCondition condition,
        CancellationToken cancellationToken)
    {
        var (info, garbage) = await _index.CompleteUploadAsync(upload, build, condition, cancellationToken);
        DeleteBlobs(garbage);
        return info;
    }

    /// <summary>The object an upload completed into, when a client repeats its CompleteMultipartUpload.</summary>
    public ObjectInfo? FindCompletedUpload(string bucket, string key, string uploadId) =>
        _index.FindCompletedUpload(bucket, key, uploadId);

    public async Task AbortUploadAsync(UploadInfo upload, CancellationToken cancellationToken)
    {
        var garbage = await _index.AbortUploadAsync(upload, cancellationToken);
        DeleteBlobs(garbage);
    }

    public IReadOnlyList<UploadInfo> ListUploads(
        string bucket,
        string prefix,
        string? keyMarker,
        string? uploadIdMarker,
        int limit)
    {
        _ = GetBucket(bucket);
        return _index.ListUploads(bucket, prefix, keyMarker, uploadIdMarker, limit);
    }
}
