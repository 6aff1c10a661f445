using Kura.Protocol;

namespace Kura.Auth;

/// <summary>
/// What a limited key may do: stay inside its bucket (and prefix), and only read when it is
/// read-only. The S3 API and the console ask the same question here.
/// </summary>
internal static class AccessPolicy
{
    private static readonly HashSet<S3Operation> ReadOperations =
    [
        S3Operation.ListBuckets, S3Operation.HeadBucket, S3Operation.GetBucketLocation,
        S3Operation.GetBucketVersioning, S3Operation.GetBucketAcl, S3Operation.GetBucketCors,
        S3Operation.ListObjects, S3Operation.ListObjectsV2, S3Operation.ListMultipartUploads,
        S3Operation.GetObject, S3Operation.HeadObject, S3Operation.GetObjectAcl, S3Operation.ListParts,
    ];

    private static readonly HashSet<S3Operation> BucketSettings =
    [
        S3Operation.CreateBucket, S3Operation.DeleteBucket, S3Operation.PutBucketCors, S3Operation.DeleteBucketCors,
    ];

    /// <summary>
    /// Whether <paramref name="key"/> may run <paramref name="operation"/> on the bucket and object
    /// key, or, for listings, with the given list prefix.
    /// </summary>
    public static bool Allows(
        AccessKey key,
        S3Operation operation,
        string? bucket,
        string? objectKey,
        string? listPrefix)
    {
        if (key.IsRoot)
        {
            return true;
        }

        if (key.ReadOnly && !ReadOperations.Contains(operation))
        {
            return false;
        }

        if (key.Bucket is null || operation == S3Operation.ListBuckets)
        {
            return true;
        }

        if (bucket != key.Bucket || (key.Prefix is not null && BucketSettings.Contains(operation)))
        {
            return false;
        }

        // A multi-object delete is checked key by key in its handler.
        if (key.Prefix is null || bucket is null || operation == S3Operation.DeleteObjects)
        {
            return true;
        }

        if (objectKey is not null)
        {
            return objectKey.StartsWith(key.Prefix, StringComparison.Ordinal);
        }

        return operation is S3Operation.HeadBucket or S3Operation.GetBucketLocation
            || (listPrefix ?? "").StartsWith(key.Prefix, StringComparison.Ordinal);
    }

    /// <summary>Whether the key may see the bucket in a bucket listing.</summary>
    public static bool Sees(AccessKey key, string bucket) => key.Bucket is null || key.Bucket == bucket;
}
