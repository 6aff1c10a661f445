namespace Kura.Storage;

/// <summary>
/// The conditions of a conditional write (If-None-Match: * and If-Match on PUT), checked against
/// the current object inside the index transaction.
/// </summary>
internal sealed record WriteCondition(bool MustNotExist, string? MustMatchETag, string? MustNotMatchETag = null)
{
    public static readonly WriteCondition None = new(false, null);

    public void Check(ObjectInfo? existing)
    {
        if (MustNotExist && existing is not null)
        {
            throw new StorageException(StorageErrorCode.PreconditionFailed, "If-None-Match");
        }

        if (MustNotMatchETag is not null && existing?.ETag == MustNotMatchETag)
        {
            throw new StorageException(StorageErrorCode.PreconditionFailed, "If-None-Match");
        }

        if (MustMatchETag is null)
        {
            return;
        }

        if (existing is null)
        {
            throw new StorageException(StorageErrorCode.NoSuchKey);
        }

        if (MustMatchETag != "*" && MustMatchETag != existing.ETag)
        {
            throw new StorageException(StorageErrorCode.PreconditionFailed, "If-Match");
        }
    }
}
