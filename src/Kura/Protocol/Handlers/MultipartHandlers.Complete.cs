using System.Globalization;
using System.Security.Cryptography;
using Kura.Protocol.Xml;
using Kura.Storage;
using Kura.Storage.Checksums;

namespace Kura.Protocol.Handlers;

internal static partial class MultipartHandlers
{
    /// <summary>S3's minimum size for every part but the last.</summary>
    public const long MinPartSize = 5L * 1024 * 1024;

    /// <summary>A part as a completion request names it.</summary>
    internal sealed record RequestedPart(int Number, string ETag, string? Checksum);

    public static async Task CompleteAsync(S3Context context)
    {
        var requested = await ReadPartListAsync(context);
        UploadInfo upload;
        try
        {
            upload = FindUpload(context);
        }
        catch (StorageException e) when (e.Code == StorageErrorCode.NoSuchUpload)
        {
            // A retry of a completion whose answer the client lost: answer it again.
            var completed = context.Storage.FindCompletedUpload(
                context.RequiredBucket, context.RequiredKey, context.Query("uploadId") ?? "");
            if (completed is null)
            {
                throw;
            }

            await WriteResultAsync(context, context.RequiredBucket, completed);
            return;
        }

        var condition = PutObjectHandler.WriteConditionFrom(context);
        var stated = StatedChecksum(context, upload);
        var info = await context.Storage.CompleteUploadAsync(
            upload, stored => Assemble(upload, requested, stored, stated), condition, context.Aborted);
        await WriteResultAsync(context, upload.Bucket, info);
    }

    private static Task WriteResultAsync(S3Context context, string bucket, ObjectInfo info)
    {
        if (info.Checksum is { } checksum)
        {
            context.Response.Headers["x-amz-checksum-type"] = checksum.Type;
        }

        return XmlOutput.WriteAsync(context.Response, 200, "CompleteMultipartUploadResult", xml =>
        {
            xml.Element("Location", $"/{bucket}/{info.Key}");
            xml.Element("Bucket", bucket);
            xml.Element("Key", info.Key);
            xml.Element("ETag", HttpFormats.QuoteETag(info.ETag));
            if (info.Checksum is { } c)
            {
                xml.Element(ChecksumAlgorithms.XmlElement(c.Algorithm), c.Value);
                xml.Element("ChecksumType", c.Type);
            }
        });
    }

    /// <summary>A whole-object checksum the client states on completion, to be verified.</summary>
    private static string? StatedChecksum(S3Context context, UploadInfo upload) =>
        upload.ChecksumAlgorithm == ChecksumAlgorithm.None
            ? null
            : context.Header(ChecksumAlgorithms.HeaderName(upload.ChecksumAlgorithm));

    private static async Task<List<RequestedPart>> ReadPartListAsync(S3Context context)
    {
        var body = await XmlInput.ReadRequestAsync(context);
        if (body is null || body.Name.LocalName != "CompleteMultipartUpload")
        {
            throw new S3Exception(
                S3Error.MalformedXML,
                "The body must be a CompleteMultipartUpload listing the parts.");
        }

        var parts = new List<RequestedPart>();
        foreach (var element in body.Children("Part"))
        {
            var numberText = element.ChildValue("PartNumber");
            var etag = element.ChildValue("ETag");
            if (!int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                || etag is null)
            {
                throw new S3Exception(S3Error.MalformedXML, "Every Part needs a PartNumber and an ETag.");
            }

            var checksum = element.Elements()
                .FirstOrDefault(e => e.Name.LocalName.StartsWith("Checksum", StringComparison.Ordinal))?.Value;
            parts.Add(new RequestedPart(number, HttpFormats.UnquoteETag(etag).ToLowerInvariant(), checksum));
        }

        if (parts.Count == 0)
        {
            throw new S3Exception(S3Error.MalformedXML, "A CompleteMultipartUpload must list at least one part.");
        }

        return parts;
    }

    /// <summary>Checks the client's part list against the stored parts and builds the object.</summary>
    internal static ObjectInfo Assemble(
        UploadInfo upload,
        List<RequestedPart> requested,
        IReadOnlyList<PartInfo> stored,
        string? statedChecksum)
    {
        var byNumber = stored.ToDictionary(p => p.PartNumber);
        var chosen = new List<PartInfo>(requested.Count);
        for (var i = 0; i < requested.Count; i++)
        {
            if (i > 0 && requested[i].Number <= requested[i - 1].Number)
            {
                throw new S3Exception(S3Error.InvalidPartOrder);
            }

            if (!byNumber.TryGetValue(requested[i].Number, out var part) || part.ETag != requested[i].ETag
                || (requested[i].Checksum is { } sent && part.Checksum is { } kept && sent != kept))
            {
                throw new S3Exception(S3Error.InvalidPart)
                {
                    Details = [("PartNumber", requested[i].Number.ToString(CultureInfo.InvariantCulture))],
                };
            }

            chosen.Add(part);
        }

        for (var i = 0; i < chosen.Count - 1; i++)
        {
            if (chosen[i].Size < MinPartSize)
            {
                throw new S3Exception(S3Error.EntityTooSmall)
                {
                    Details = [("ProposedSize", chosen[i].Size.ToString(CultureInfo.InvariantCulture)),
                        ("MinSizeAllowed", MinPartSize.ToString(CultureInfo.InvariantCulture)),
                        ("PartNumber", chosen[i].PartNumber.ToString(CultureInfo.InvariantCulture))],
                };
            }
        }

        var md5s = chosen.SelectMany(p => Convert.FromHexString(p.ETag)).ToArray();
        var checksum = CombinedChecksum(upload, chosen);
        if (statedChecksum is not null && checksum is not null
            && WithoutPartCount(statedChecksum) != WithoutPartCount(checksum.Value))
        {
            throw new S3Exception(S3Error.BadDigest,
                $"The {ChecksumAlgorithms.Name(upload.ChecksumAlgorithm)} you specified for the whole object " +
                "did not match the one computed from its parts.");
        }

        return new ObjectInfo
        {
            Key = upload.Key,
            Size = chosen.Sum(p => p.Size),
            ETag = Convert.ToHexStringLower(MD5.HashData(md5s)) + "-" + chosen.Count,
            LastModified = DateTimeOffset.UtcNow,
            Metadata = upload.Metadata,
            Checksum = checksum,
            Segments = chosen.Select(p => new Segment(p.BlobId, p.Size)).ToList(),
            PartsCount = chosen.Count,
        };
    }

    private static string WithoutPartCount(string checksum)
    {
        var dash = checksum.LastIndexOf('-');
        return dash < 0 ? checksum : checksum[..dash];
    }

    private static ObjectChecksum? CombinedChecksum(UploadInfo upload, List<PartInfo> parts)
    {
        var algorithm = upload.ChecksumAlgorithm;
        if (algorithm == ChecksumAlgorithm.None || parts.Any(p => p.Checksum is null))
        {
            return null;
        }

        var values = parts.Select(p => (Convert.FromBase64String(p.Checksum!), p.Size)).ToList();
        if (EffectiveType(upload) == ObjectChecksum.FullObject)
        {
            var combined = CrcCombiner.Combine(algorithm, values);
            return new ObjectChecksum(algorithm, Convert.ToBase64String(combined), ObjectChecksum.FullObject);
        }

        var hasher = ChecksumAlgorithms.CreateHasher(algorithm);
        foreach (var (value, _) in values)
        {
            hasher.Append(value);
        }

        var composite = Convert.ToBase64String(hasher.GetValue()) + "-" + parts.Count;
        return new ObjectChecksum(algorithm, composite, ObjectChecksum.Composite);
    }
}
