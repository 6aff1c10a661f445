using Kura.Protocol.Cors;
using Kura.Protocol.Handlers;

namespace Kura.Protocol;

internal sealed partial class S3Endpoint
{
    private static Task DispatchAsync(S3Context context) => context.Operation switch
    {
        S3Operation.ListBuckets => BucketHandlers.ListBucketsAsync(context),
        S3Operation.CreateBucket => BucketHandlers.CreateBucketAsync(context),
        S3Operation.HeadBucket => BucketHandlers.HeadBucketAsync(context),
        S3Operation.DeleteBucket => BucketHandlers.DeleteBucketAsync(context),
        S3Operation.GetBucketLocation => BucketHandlers.GetBucketLocationAsync(context),
        S3Operation.GetBucketVersioning => BucketHandlers.GetBucketVersioningAsync(context),
        S3Operation.GetBucketAcl or S3Operation.GetObjectAcl => BucketHandlers.GetAclAsync(context),
        S3Operation.ListObjects => ListObjectsHandler.ListV1Async(context),
        S3Operation.ListObjectsV2 => ListObjectsHandler.ListV2Async(context),
        S3Operation.ListMultipartUploads => MultipartHandlers.ListUploadsAsync(context),
        S3Operation.DeleteObjects => DeleteHandlers.DeleteObjectsAsync(context),
        S3Operation.PutObject => PutObjectHandler.HandleAsync(context),
        S3Operation.CopyObject => CopyObjectHandler.HandleAsync(context),
        S3Operation.GetObject or S3Operation.HeadObject => GetObjectHandler.HandleAsync(context),
        S3Operation.DeleteObject => DeleteHandlers.DeleteObjectAsync(context),
        S3Operation.CreateMultipartUpload => MultipartHandlers.CreateAsync(context),
        S3Operation.UploadPart => MultipartHandlers.UploadPartAsync(context),
        S3Operation.UploadPartCopy => MultipartHandlers.UploadPartCopyAsync(context),
        S3Operation.CompleteMultipartUpload => MultipartHandlers.CompleteAsync(context),
        S3Operation.AbortMultipartUpload => MultipartHandlers.AbortAsync(context),
        S3Operation.ListParts => MultipartHandlers.ListPartsAsync(context),
        S3Operation.PutBucketCors => CorsHandlers.PutAsync(context),
        S3Operation.GetBucketCors => CorsHandlers.GetAsync(context),
        S3Operation.DeleteBucketCors => CorsHandlers.DeleteAsync(context),
        _ => throw new S3Exception(S3Error.NotImplemented),
    };
}
