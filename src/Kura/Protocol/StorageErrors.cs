using Kura.Storage;

namespace Kura.Protocol;

/// <summary>Maps the engine's refusals to the S3 errors a client expects.</summary>
internal static class StorageErrors
{
    public static S3Exception ToS3(StorageException exception) => exception.Code switch
    {
        StorageErrorCode.NoSuchBucket => new S3Exception(S3Error.NoSuchBucket),
        StorageErrorCode.BucketAlreadyOwnedByYou => new S3Exception(S3Error.BucketAlreadyOwnedByYou),
        StorageErrorCode.BucketNotEmpty => new S3Exception(S3Error.BucketNotEmpty),
        StorageErrorCode.NoSuchKey => new S3Exception(S3Error.NoSuchKey),
        StorageErrorCode.NoSuchUpload => new S3Exception(S3Error.NoSuchUpload),
        StorageErrorCode.PreconditionFailed => new S3Exception(S3Error.PreconditionFailed)
        {
            Details = [("Condition", exception.Message)],
        },
        StorageErrorCode.EntityTooLarge => new S3Exception(S3Error.EntityTooLarge),
        StorageErrorCode.StorageFull => new S3Exception(S3Error.StorageFull),
        _ => new S3Exception(S3Error.InternalError),
    };
}
