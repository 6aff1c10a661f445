using System.Text;
using Kura.Storage;
using Kura.Storage.Checksums;

namespace Kura.Protocol;

/// <summary>Moves object metadata between HTTP headers and <see cref="ObjectMetadata"/>.</summary>
internal static class ObjectHeaders
{
    private const string UserPrefix = "x-amz-meta-";
    private const int MaxUserMetadataBytes = 2 * 1024;

    /// <summary>The metadata an upload's headers carry; aws-chunked is transport, not content encoding.</summary>
    public static ObjectMetadata FromRequest(HttpRequest request)
    {
        var user = new Dictionary<string, string>(StringComparer.Ordinal);
        var size = 0;
        foreach (var (name, values) in request.Headers)
        {
            if (!name.StartsWith(UserPrefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var key = name[UserPrefix.Length..].ToLowerInvariant();
            var value = values.ToString();
            user[key] = value;
            size += Encoding.UTF8.GetByteCount(key) + Encoding.UTF8.GetByteCount(value);
        }

        if (size > MaxUserMetadataBytes)
        {
            throw new S3Exception(S3Error.MetadataTooLarge,
                $"Your metadata headers exceed the maximum allowed metadata size of {MaxUserMetadataBytes} bytes.");
        }

        var encoding = string.Join(", ", request.Headers.ContentEncoding.ToString()
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(e => !e.Equals("aws-chunked", StringComparison.OrdinalIgnoreCase)));
        return new ObjectMetadata
        {
            ContentType = NullIfEmpty(request.ContentType) ?? "binary/octet-stream",
            ContentEncoding = NullIfEmpty(encoding),
            ContentDisposition = NullIfEmpty(request.Headers.ContentDisposition.ToString()),
            ContentLanguage = NullIfEmpty(request.Headers.ContentLanguage.ToString()),
            CacheControl = NullIfEmpty(request.Headers.CacheControl.ToString()),
            Expires = NullIfEmpty(request.Headers.Expires.ToString()),
            User = user,
        };
    }

    /// <summary>Writes an object's headers; response-* query values override the stored ones.</summary>
    public static void Write(S3Context context, ObjectInfo info, bool includeChecksum)
    {
        var headers = context.Response.Headers;
        var metadata = info.Metadata;
        headers.ETag = HttpFormats.QuoteETag(info.ETag);
        headers.LastModified = HttpFormats.Date(info.LastModified);
        headers.AcceptRanges = "bytes";
        headers.ContentType = context.Query("response-content-type") ?? metadata.ContentType ?? "binary/octet-stream";
        SetIfPresent(headers, "Content-Encoding",
            context.Query("response-content-encoding") ?? metadata.ContentEncoding);
        SetIfPresent(headers, "Content-Disposition",
            context.Query("response-content-disposition") ?? metadata.ContentDisposition);
        SetIfPresent(headers, "Content-Language",
            context.Query("response-content-language") ?? metadata.ContentLanguage);
        SetIfPresent(headers, "Cache-Control", context.Query("response-cache-control") ?? metadata.CacheControl);
        SetIfPresent(headers, "Expires", context.Query("response-expires") ?? metadata.Expires);
        foreach (var (name, value) in metadata.User)
        {
            headers[UserPrefix + name] = value;
        }

        if (info.PartsCount > 0)
        {
            headers["x-amz-mp-parts-count"] =
                info.PartsCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (includeChecksum && info.Checksum is { } checksum)
        {
            headers[ChecksumAlgorithms.HeaderName(checksum.Algorithm)] = checksum.Value;
            headers["x-amz-checksum-type"] = checksum.Type;
        }
    }

    private static void SetIfPresent(IHeaderDictionary headers, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            headers[name] = value;
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
