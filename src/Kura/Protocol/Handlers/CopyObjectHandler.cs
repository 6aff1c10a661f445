using Kura.Protocol.Xml;
using Kura.Storage;

namespace Kura.Protocol.Handlers;

/// <summary>
/// CopyObject. The source is streamed into a new blob rather than shared, so an object's blobs
/// always belong to exactly one object and deletion needs no reference counts.
/// </summary>
internal static class CopyObjectHandler
{
    public static async Task HandleAsync(S3Context context)
    {
        var bucket = context.RequiredBucket;
        var key = context.RequiredKey;
        ObjectKeys.Validate(key);
        _ = context.Storage.GetBucket(bucket);
        var source = CopySource.Parse(context);
        var info = source.Resolve(context);

        var directive = context.Header("x-amz-metadata-directive")?.ToUpperInvariant() ?? "COPY";
        if (directive is not ("COPY" or "REPLACE"))
        {
            throw new S3Exception(S3Error.InvalidArgument, "Unknown metadata directive.")
            {
                Details = [("ArgumentName", "x-amz-metadata-directive"), ("ArgumentValue", directive)],
            };
        }

        var sameObject = source.Bucket == bucket && source.Key == key;
        if (sameObject && directive == "COPY")
        {
            throw new S3Exception(S3Error.InvalidRequest,
                "This copy request is illegal because it is trying to copy an object to itself without " +
                "changing the object's metadata, storage class, website redirect location or encryption attributes.");
        }

        var metadata = directive == "REPLACE" ? ObjectHeaders.FromRequest(context.Request) : info.Metadata;
        var condition = PutObjectHandler.WriteConditionFrom(context);
        var algorithms = info.Checksum is { Type: ObjectChecksum.FullObject } c
            ? [c.Algorithm]
            : Array.Empty<Storage.Checksums.ChecksumAlgorithm>();
        StagedBlob staged;
        await using (var body = context.Storage.OpenRead(info, 0, info.Size))
        {
            staged = await context.Storage.StageAsync(body, algorithms, long.MaxValue, context.Aborted);
        }

        using (staged)
        {
            var checksum = info.Checksum is { Type: ObjectChecksum.FullObject } kept
                ? kept with { Value = Convert.ToBase64String(staged.Checksums[kept.Algorithm]) }
                : null;
            var copied = await context.Storage.CommitObjectAsync(
                bucket, key, staged, metadata, checksum, condition, context.Aborted);
            await XmlOutput.WriteAsync(context.Response, 200, "CopyObjectResult", xml =>
            {
                xml.Element("LastModified", copied.LastModified);
                xml.Element("ETag", HttpFormats.QuoteETag(copied.ETag));
            });
        }
    }
}
