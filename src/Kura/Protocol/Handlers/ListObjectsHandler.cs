using System.Globalization;
using System.Text;
using System.Xml;
using Kura.Auth.Signing;
using Kura.Protocol.Xml;
using Kura.Storage;

namespace Kura.Protocol.Handlers;

/// <summary>ListObjects (v1, marker) and ListObjectsV2 (continuation token, start-after).</summary>
internal static class ListObjectsHandler
{
    private const int MaxKeysLimit = 1000;

    public static Task ListV1Async(S3Context context)
    {
        var prefix = context.Query("prefix") ?? "";
        var delimiter = NullIfEmpty(context.Query("delimiter"));
        var marker = NullIfEmpty(context.Query("marker"));
        var maxKeys = ParseMaxKeys(context);
        var encode = EncodingType(context);
        var page = context.Storage.List(context.RequiredBucket, new ListRequest(prefix, delimiter, marker, maxKeys));

        return XmlOutput.WriteAsync(context.Response, 200, "ListBucketResult", xml =>
        {
            xml.Element("Name", context.RequiredBucket);

            // S3 echoes a v1 listing's Prefix unencoded even with encoding-type=url.
            xml.Element("Prefix", prefix);
            xml.Element("Marker", Encode(marker ?? "", encode));
            xml.Element("MaxKeys", maxKeys);
            xml.Element("Delimiter", delimiter is null ? null : Encode(delimiter, encode));
            xml.Element("IsTruncated", page.IsTruncated);
            if (page.IsTruncated && delimiter is not null)
            {
                xml.Element("NextMarker", Encode(page.LastReturned!, encode));
            }

            if (encode)
            {
                xml.Element("EncodingType", "url");
            }

            WriteEntries(xml, page, encode, context.Auth!.Key.AccessKeyId, fetchOwner: true);
        });
    }

    public static Task ListV2Async(S3Context context)
    {
        var prefix = context.Query("prefix") ?? "";
        var delimiter = NullIfEmpty(context.Query("delimiter"));
        var token = context.Query("continuation-token");
        var startAfter = NullIfEmpty(context.Query("start-after"));
        var maxKeys = ParseMaxKeys(context);
        var encode = EncodingType(context);
        var fetchOwner = string.Equals(context.Query("fetch-owner"), "true", StringComparison.OrdinalIgnoreCase);
        var after = !string.IsNullOrEmpty(token) ? DecodeToken(token) : startAfter;
        var page = context.Storage.List(context.RequiredBucket, new ListRequest(prefix, delimiter, after, maxKeys));

        return XmlOutput.WriteAsync(context.Response, 200, "ListBucketResult", xml =>
        {
            xml.Element("Name", context.RequiredBucket);
            xml.Element("Prefix", Encode(prefix, encode));
            xml.Element("MaxKeys", maxKeys);
            xml.Element("Delimiter", delimiter is null ? null : Encode(delimiter, encode));
            xml.Element("IsTruncated", page.IsTruncated);
            xml.Element("KeyCount", page.Objects.Count + page.CommonPrefixes.Count);
            xml.Element("ContinuationToken", token);
            xml.Element("StartAfter", startAfter is null ? null : Encode(startAfter, encode));
            if (page.IsTruncated)
            {
                xml.Element("NextContinuationToken", EncodeToken(page.LastReturned!));
            }

            if (encode)
            {
                xml.Element("EncodingType", "url");
            }

            WriteEntries(xml, page, encode, context.Auth!.Key.AccessKeyId, fetchOwner);
        });
    }

    private static void WriteEntries(XmlWriter xml, ListPage page, bool encode, string owner, bool fetchOwner)
    {
        foreach (var item in page.Objects)
        {
            xml.WriteStartElement("Contents");
            xml.Element("Key", Encode(item.Key, encode));
            xml.Element("LastModified", item.LastModified);
            xml.Element("ETag", HttpFormats.QuoteETag(item.ETag));
            xml.Element("Size", item.Size);
            xml.Element("StorageClass", "STANDARD");
            if (fetchOwner)
            {
                xml.Owner(owner);
            }

            xml.WriteEndElement();
        }

        foreach (var common in page.CommonPrefixes)
        {
            xml.WriteStartElement("CommonPrefixes");
            xml.Element("Prefix", Encode(common, encode));
            xml.WriteEndElement();
        }
    }

    private static int ParseMaxKeys(S3Context context)
    {
        var value = context.Query("max-keys");
        if (value is null)
        {
            return MaxKeysLimit;
        }

        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var maxKeys)
            || maxKeys < 0)
        {
            throw new S3Exception(S3Error.InvalidArgument, "Provided max-keys not an integer or within integer range.")
            {
                Details = [("ArgumentName", "max-keys"), ("ArgumentValue", value)],
            };
        }

        return Math.Min(maxKeys, MaxKeysLimit);
    }

    private static bool EncodingType(S3Context context)
    {
        var value = context.Query("encoding-type");
        if (value is null)
        {
            return false;
        }

        return string.Equals(value, "url", StringComparison.OrdinalIgnoreCase)
            ? true
            : throw new S3Exception(S3Error.InvalidArgument, "Invalid Encoding Method specified in Request.")
            {
                Details = [("ArgumentName", "encoding-type"), ("ArgumentValue", value)],
            };
    }

    private static string Encode(string value, bool encode) =>
        encode ? UriEncoding.Encode(value, keepSlash: true) : value;

    /// <summary>Continuation tokens are the last returned key or prefix, base64url so they are opaque.</summary>
    private static string EncodeToken(string last) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(last)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string DecodeToken(string token)
    {
        var base64 = token.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            throw new S3Exception(S3Error.InvalidArgument, "The continuation token provided is incorrect.")
            {
                Details = [("ArgumentName", "continuation-token")],
            };
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
