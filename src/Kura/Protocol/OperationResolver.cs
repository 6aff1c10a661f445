namespace Kura.Protocol;

/// <summary>
/// Names the operation from method, target and sub-resource, the way S3 routes: the same path
/// means ListObjects or ListMultipartUploads depending on the query.
/// </summary>
internal static class OperationResolver
{
    private static readonly string[] UnsupportedBucketResources =
    [
        "policy", "tagging", "lifecycle", "encryption", "object-lock", "replication", "website",
        "logging", "notification", "requestPayment", "accelerate", "ownershipControls",
        "publicAccessBlock", "intelligent-tiering", "inventory", "metrics", "analytics", "versions",
    ];

    private static readonly string[] UnsupportedObjectResources =
    [
        "tagging", "retention", "legal-hold", "torrent", "restore", "select", "attributes",
    ];

    public static S3Operation Resolve(S3Context context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsOptions(method))
        {
            return S3Operation.CorsPreflight;
        }

        if (context.Bucket is null)
        {
            return method == "GET" ? S3Operation.ListBuckets : S3Operation.NotImplemented;
        }

        return context.Key is null ? ResolveBucket(context, method) : ResolveObject(context, method);
    }

    private static S3Operation ResolveBucket(S3Context context, string method)
    {
        if (UnsupportedBucketResources.Any(context.HasQuery))
        {
            return S3Operation.NotImplemented;
        }

        return method switch
        {
            "PUT" when context.HasQuery("cors") => S3Operation.PutBucketCors,
            "GET" when context.HasQuery("cors") => S3Operation.GetBucketCors,
            "DELETE" when context.HasQuery("cors") => S3Operation.DeleteBucketCors,
            "PUT" when context.HasQuery("acl") || context.HasQuery("versioning") => S3Operation.NotImplemented,
            "PUT" => S3Operation.CreateBucket,
            "HEAD" => S3Operation.HeadBucket,
            "DELETE" => S3Operation.DeleteBucket,
            "POST" when context.HasQuery("delete") => S3Operation.DeleteObjects,
            "GET" when context.HasQuery("location") => S3Operation.GetBucketLocation,
            "GET" when context.HasQuery("versioning") => S3Operation.GetBucketVersioning,
            "GET" when context.HasQuery("acl") => S3Operation.GetBucketAcl,
            "GET" when context.HasQuery("uploads") => S3Operation.ListMultipartUploads,
            "GET" when context.Query("list-type") == "2" => S3Operation.ListObjectsV2,
            "GET" => S3Operation.ListObjects,
            _ => S3Operation.NotImplemented,
        };
    }

    private static S3Operation ResolveObject(S3Context context, string method)
    {
        if (UnsupportedObjectResources.Any(context.HasQuery))
        {
            return S3Operation.NotImplemented;
        }

        var copy = context.Header("x-amz-copy-source") is not null;
        return method switch
        {
            "PUT" when context.HasQuery("acl") => S3Operation.NotImplemented,
            "PUT" when context.HasQuery("uploadId") => copy ? S3Operation.UploadPartCopy : S3Operation.UploadPart,
            "PUT" => copy ? S3Operation.CopyObject : S3Operation.PutObject,
            "GET" when context.HasQuery("uploadId") => S3Operation.ListParts,
            "GET" when context.HasQuery("acl") => S3Operation.GetObjectAcl,
            "GET" => S3Operation.GetObject,
            "HEAD" => S3Operation.HeadObject,
            "DELETE" when context.HasQuery("uploadId") => S3Operation.AbortMultipartUpload,
            "DELETE" => S3Operation.DeleteObject,
            "POST" when context.HasQuery("uploads") => S3Operation.CreateMultipartUpload,
            "POST" when context.HasQuery("uploadId") => S3Operation.CompleteMultipartUpload,
            _ => S3Operation.NotImplemented,
        };
    }
}
