using Kura.Protocol.Bodies;
using Kura.Storage;
using Kura.Storage.Checksums;

namespace Kura.Protocol.Handlers;

/// <summary>PutObject: stream, verify, then commit; nothing is visible until all checks pass.</summary>
internal static class PutObjectHandler
{
    /// <summary>S3's limit for a single PUT.</summary>
    public const long MaxObjectSize = 5L * 1024 * 1024 * 1024;

    public static async Task HandleAsync(S3Context context)
    {
        var bucket = context.RequiredBucket;
        var key = context.RequiredKey;
        ObjectKeys.Validate(key);
        _ = context.Storage.GetBucket(bucket);
        var condition = WriteConditionFrom(context);
        var metadata = ObjectHeaders.FromRequest(context.Request);
        var checks = BodyChecks.FromRequest(context);
        if (context.Request.ContentLength > MaxObjectSize)
        {
            throw new S3Exception(S3Error.EntityTooLarge);
        }

        using var body = RequestBody.Open(context);
        using var staged = await context.Storage.StageAsync(
            body.Stream,
            checks.Algorithms,
            MaxObjectSize,
            context.Aborted);
        var checksumValue = checks.Verify(staged, body);
        var checksum = checksumValue is null
            ? null
            : new ObjectChecksum(checks.Algorithm, checksumValue, ObjectChecksum.FullObject);
        var info = await context.Storage.CommitObjectAsync(
            bucket, key, staged, metadata, checksum, condition, context.Aborted);

        context.Response.Headers.ETag = HttpFormats.QuoteETag(info.ETag);
        if (checksum is not null)
        {
            context.Response.Headers[ChecksumAlgorithms.HeaderName(checksum.Algorithm)] = checksum.Value;
            context.Response.Headers["x-amz-checksum-type"] = checksum.Type;
        }

        context.Response.StatusCode = 200;
    }

    /// <summary>If-None-Match and If-Match on a write, S3's conditional writes.</summary>
    public static WriteCondition WriteConditionFrom(S3Context context)
    {
        var ifNoneMatch = context.Header("If-None-Match")?.Trim();
        var ifMatch = context.Header("If-Match");
        if (ifNoneMatch is null && ifMatch is null)
        {
            return WriteCondition.None;
        }

        return new WriteCondition(
            MustNotExist: ifNoneMatch == "*",
            MustMatchETag: ifMatch is null ? null : HttpFormats.UnquoteETag(ifMatch),
            MustNotMatchETag: ifNoneMatch is null or "*" ? null : HttpFormats.UnquoteETag(ifNoneMatch));
    }
}
