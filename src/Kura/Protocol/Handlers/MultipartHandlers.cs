using System.Globalization;
using Kura.Protocol.Bodies;
using Kura.Protocol.Xml;
using Kura.Storage;
using Kura.Storage.Checksums;

namespace Kura.Protocol.Handlers;

/// <summary>CreateMultipartUpload, UploadPart, UploadPartCopy and AbortMultipartUpload.</summary>
internal static partial class MultipartHandlers
{
    public const int MaxPartNumber = 10000;
    public const long MaxPartSize = 5L * 1024 * 1024 * 1024;

    public static async Task CreateAsync(S3Context context)
    {
        var bucket = context.RequiredBucket;
        var key = context.RequiredKey;
        ObjectKeys.Validate(key);
        var metadata = ObjectHeaders.FromRequest(context.Request);
        var algorithm = ChecksumAlgorithm.None;
        var algorithmHeader = context.Header("x-amz-checksum-algorithm");
        if (algorithmHeader is not null && !ChecksumAlgorithms.TryParse(algorithmHeader, out algorithm))
        {
            throw new S3Exception(S3Error.InvalidRequest, $"Checksum algorithm '{algorithmHeader}' is not supported.");
        }

        var type = context.Header("x-amz-checksum-type")?.ToUpperInvariant();
        if (type is not (null or ObjectChecksum.FullObject or ObjectChecksum.Composite)
            || (type == ObjectChecksum.FullObject && algorithm != ChecksumAlgorithm.None
                && !CrcCombiner.Supports(algorithm))
            || (type == ObjectChecksum.Composite && algorithm == ChecksumAlgorithm.Crc64Nvme))
        {
            throw new S3Exception(S3Error.InvalidRequest,
                $"The checksum type {type} is not supported with the {algorithmHeader} algorithm.");
        }

        var upload = await context.Storage.CreateUploadAsync(bucket, key, metadata, algorithm, type, context.Aborted);
        if (algorithm != ChecksumAlgorithm.None)
        {
            context.Response.Headers["x-amz-checksum-algorithm"] = ChecksumAlgorithms.Name(algorithm);
            context.Response.Headers["x-amz-checksum-type"] = EffectiveType(upload);
        }

        await XmlOutput.WriteAsync(context.Response, 200, "InitiateMultipartUploadResult", xml =>
        {
            xml.Element("Bucket", bucket);
            xml.Element("Key", key);
            xml.Element("UploadId", upload.UploadId);
        });
    }

    public static async Task UploadPartAsync(S3Context context)
    {
        var upload = FindUpload(context);
        var partNumber = ParsePartNumber(context);
        var checks = BodyChecks.FromRequest(context, upload.ChecksumAlgorithm);
        if (context.Request.ContentLength > MaxPartSize)
        {
            throw new S3Exception(S3Error.EntityTooLarge);
        }

        using var body = RequestBody.Open(context);
        using var staged = await context.Storage.StagePartAsync(
            body.Stream,
            checks.Algorithms,
            MaxPartSize,
            context.Aborted);
        var checksum = checks.Verify(staged, body);
        var part = await context.Storage.CommitPartAsync(upload, partNumber, staged, checksum, context.Aborted);

        context.Response.Headers.ETag = HttpFormats.QuoteETag(part.ETag);
        if (checksum is not null)
        {
            context.Response.Headers[ChecksumAlgorithms.HeaderName(checks.Algorithm)] = checksum;
        }

        context.Response.StatusCode = 200;
    }

    public static async Task UploadPartCopyAsync(S3Context context)
    {
        var upload = FindUpload(context);
        var partNumber = ParsePartNumber(context);
        var source = CopySource.Parse(context).Resolve(context);
        var (offset, length) = ParseCopyRange(context.Header("x-amz-copy-source-range"), source.Size);
        var algorithms = upload.ChecksumAlgorithm == ChecksumAlgorithm.None ? [] : new[] { upload.ChecksumAlgorithm };

        StagedBlob staged;
        await using (var body = context.Storage.OpenRead(source, offset, length))
        {
            staged = await context.Storage.StagePartAsync(body, algorithms, MaxPartSize, context.Aborted);
        }

        using (staged)
        {
            var checksum = algorithms.Length == 0 ? null : Convert.ToBase64String(staged.Checksums[algorithms[0]]);
            var part = await context.Storage.CommitPartAsync(upload, partNumber, staged, checksum, context.Aborted);
            await XmlOutput.WriteAsync(context.Response, 200, "CopyPartResult", xml =>
            {
                xml.Element("LastModified", part.LastModified);
                xml.Element("ETag", HttpFormats.QuoteETag(part.ETag));
            });
        }
    }

    public static async Task AbortAsync(S3Context context)
    {
        var upload = FindUpload(context);
        await context.Storage.AbortUploadAsync(upload, context.Aborted);
        context.Response.StatusCode = 204;
    }

    private static UploadInfo FindUpload(S3Context context) =>
        context.Storage.GetUpload(context.RequiredBucket, context.RequiredKey, context.Query("uploadId") ?? "");

    private static string EffectiveType(UploadInfo upload) =>
        upload.ChecksumType ?? (upload.ChecksumAlgorithm == ChecksumAlgorithm.Crc64Nvme
            ? ObjectChecksum.FullObject
            : ObjectChecksum.Composite);

    private static int ParsePartNumber(S3Context context)
    {
        var value = context.Query("partNumber");
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number is < 1 or > MaxPartNumber)
        {
            throw new S3Exception(
                S3Error.InvalidArgument,
                $"Part number must be an integer between 1 and {MaxPartNumber}, inclusive.")
            {
                Details = [("ArgumentName", "partNumber"), ("ArgumentValue", value ?? "")],
            };
        }

        return number;
    }

    /// <summary>"bytes=first-last", both required and inside the source, as S3 demands for part copies.</summary>
    private static (long Offset, long Length) ParseCopyRange(string? header, long size)
    {
        if (header is null)
        {
            return (0, size);
        }

        var spec = header.StartsWith("bytes=", StringComparison.Ordinal) ? header[6..] : "";
        var dash = spec.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0
            || !long.TryParse(spec[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            || !long.TryParse(spec[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            || last < first)
        {
            throw new S3Exception(
                S3Error.InvalidArgument,
                "The x-amz-copy-source-range value must be of the form bytes=first-last.")
            {
                Details = [("ArgumentName", "x-amz-copy-source-range"), ("ArgumentValue", header)],
            };
        }

        if (last >= size)
        {
            throw new S3Exception(S3Error.InvalidRange, "The x-amz-copy-source-range is outside the source object.")
            {
                Headers = [("Content-Range", $"bytes */{size}")],
            };
        }

        return (first, last - first + 1);
    }
}
