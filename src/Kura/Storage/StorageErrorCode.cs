namespace Kura.Storage;

/// <summary>Why the engine refused an operation; the protocol layer maps each to an S3 error.</summary>
internal enum StorageErrorCode
{
    NoSuchBucket,
    BucketAlreadyOwnedByYou,
    BucketNotEmpty,
    NoSuchKey,
    NoSuchUpload,
    PreconditionFailed,
    EntityTooLarge,
    StorageFull,
    NoSuchSnapshot,
}
