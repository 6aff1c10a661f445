using System.Globalization;
using Kura.Protocol.Xml;
using Kura.Storage.Checksums;

namespace Kura.Protocol.Handlers;

internal static partial class MultipartHandlers
{
    private const int MaxListing = 1000;

    public static Task ListPartsAsync(S3Context context)
    {
        var upload = FindUpload(context);
        var marker = ParseNonNegative(context, "part-number-marker", 0);
        var maxParts = Math.Min(ParseNonNegative(context, "max-parts", MaxListing), MaxListing);
        var parts = context.Storage.ListParts(upload.UploadId, marker, maxParts + 1);
        var truncated = parts.Count > maxParts;
        var page = parts.Take(maxParts).ToList();
        var owner = context.Auth!.Key.AccessKeyId;

        return XmlOutput.WriteAsync(context.Response, 200, "ListPartsResult", xml =>
        {
            xml.Element("Bucket", upload.Bucket);
            xml.Element("Key", upload.Key);
            xml.Element("UploadId", upload.UploadId);
            xml.Owner(owner, "Initiator");
            xml.Owner(owner);
            xml.Element("StorageClass", "STANDARD");
            xml.Element("PartNumberMarker", marker);
            if (page.Count > 0)
            {
                xml.Element("NextPartNumberMarker", page[^1].PartNumber);
            }

            xml.Element("MaxParts", maxParts);
            xml.Element("IsTruncated", truncated);
            if (upload.ChecksumAlgorithm != ChecksumAlgorithm.None)
            {
                xml.Element("ChecksumAlgorithm", ChecksumAlgorithms.Name(upload.ChecksumAlgorithm));
                xml.Element("ChecksumType", EffectiveType(upload));
            }

            foreach (var part in page)
            {
                xml.WriteStartElement("Part");
                xml.Element("PartNumber", part.PartNumber);
                xml.Element("LastModified", part.LastModified);
                xml.Element("ETag", HttpFormats.QuoteETag(part.ETag));
                xml.Element("Size", part.Size);
                if (part.Checksum is not null)
                {
                    xml.Element(ChecksumAlgorithms.XmlElement(upload.ChecksumAlgorithm), part.Checksum);
                }

                xml.WriteEndElement();
            }
        });
    }

    public static Task ListUploadsAsync(S3Context context)
    {
        var bucket = context.RequiredBucket;
        var prefix = context.Query("prefix") ?? "";
        var keyMarker = NullIfEmpty(context.Query("key-marker"));
        var uploadIdMarker = keyMarker is null ? null : NullIfEmpty(context.Query("upload-id-marker"));
        var maxUploads = Math.Min(ParseNonNegative(context, "max-uploads", MaxListing), MaxListing);
        var uploads = context.Storage.ListUploads(bucket, prefix, keyMarker, uploadIdMarker, maxUploads + 1);
        var truncated = uploads.Count > maxUploads;
        var page = uploads.Take(maxUploads).ToList();
        var owner = context.Auth!.Key.AccessKeyId;

        return XmlOutput.WriteAsync(context.Response, 200, "ListMultipartUploadsResult", xml =>
        {
            xml.Element("Bucket", bucket);
            xml.Element("KeyMarker", keyMarker ?? "");
            xml.Element("UploadIdMarker", uploadIdMarker ?? "");
            xml.Element("NextKeyMarker", page.Count > 0 ? page[^1].Key : "");
            xml.Element("NextUploadIdMarker", page.Count > 0 ? page[^1].UploadId : "");
            xml.Element("Prefix", prefix);
            xml.Element("MaxUploads", maxUploads);
            xml.Element("IsTruncated", truncated);
            foreach (var upload in page)
            {
                xml.WriteStartElement("Upload");
                xml.Element("Key", upload.Key);
                xml.Element("UploadId", upload.UploadId);
                xml.Owner(owner, "Initiator");
                xml.Owner(owner);
                xml.Element("StorageClass", "STANDARD");
                xml.Element("Initiated", upload.Initiated);
                if (upload.ChecksumAlgorithm != ChecksumAlgorithm.None)
                {
                    xml.Element("ChecksumAlgorithm", ChecksumAlgorithms.Name(upload.ChecksumAlgorithm));
                }

                xml.WriteEndElement();
            }
        });
    }

    private static int ParseNonNegative(S3Context context, string name, int fallback)
    {
        var value = context.Query(name);
        if (value is null)
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new S3Exception(S3Error.InvalidArgument, $"{name} must be a non-negative integer.")
            {
                Details = [("ArgumentName", name), ("ArgumentValue", value)],
            };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
