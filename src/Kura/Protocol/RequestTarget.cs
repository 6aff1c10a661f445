using System.Text;
using Kura.Auth.Signing;

namespace Kura.Protocol;

/// <summary>
/// The bucket and key a request addresses, read from the raw request target so that an encoded
/// '/' or '%' in a key survives exactly. Path style is /bucket/key; with a domain configured,
/// bucket.domain/key is understood too.
/// </summary>
internal sealed record RequestTarget(string? Bucket, string? Key, string RawPath, string RawQuery)
{
    public static RequestTarget Parse(HttpContext context, string? domain)
    {
        var raw = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget
            ?? context.Request.Path.Value ?? "/";
        if (raw.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || raw.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            var authorityEnd = raw.IndexOf('/', raw.IndexOf("//", StringComparison.Ordinal) + 2);
            raw = authorityEnd < 0 ? "/" : raw[authorityEnd..];
        }

        var question = raw.IndexOf('?', StringComparison.Ordinal);
        var rawPath = question < 0 ? raw : raw[..question];
        var rawQuery = question < 0 ? "" : raw[(question + 1)..];
        var path = UriEncoding.DecodeToBytes(rawPath);
        var hostBucket = BucketFromHost(context.Request.Host.Host, domain);
        if (hostBucket is not null)
        {
            var hostKey = path.Length > 1 ? Utf8(path.AsSpan(1)) : null;
            return new RequestTarget(hostBucket, hostKey, rawPath, rawQuery);
        }

        var rest = path.AsSpan(path.Length > 0 && path[0] == '/' ? 1 : 0);
        if (rest.Length == 0)
        {
            return new RequestTarget(null, null, rawPath, rawQuery);
        }

        var slash = rest.IndexOf((byte)'/');
        if (slash < 0)
        {
            return new RequestTarget(Utf8(rest), null, rawPath, rawQuery);
        }

        var key = rest[(slash + 1)..];
        return new RequestTarget(Utf8(rest[..slash]), key.Length == 0 ? null : Utf8(key), rawPath, rawQuery);
    }

    private static string? BucketFromHost(string host, string? domain)
    {
        if (string.IsNullOrEmpty(domain) || host.Length <= domain.Length + 1)
        {
            return null;
        }

        return host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase)
            ? host[..^(domain.Length + 1)]
            : null;
    }

    private static string Utf8(ReadOnlySpan<byte> bytes) =>
        new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
}
