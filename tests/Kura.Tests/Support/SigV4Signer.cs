using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Kura.Tests.Support;

/// <summary>
/// AWS Signature Version 4 for S3, written from the public specification so that tests can
/// send requests that a real SDK refuses to make: wrong keys, skewed clocks, tampered chunks.
/// </summary>
public sealed class SigV4Signer
{
    /// <summary>SHA-256 of an empty payload.</summary>
    public const string EmptySha256 =
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private readonly byte[] _signingKey;

    /// <summary>Derives the signing key for the credentials, region and moment.</summary>
    public SigV4Signer(
        string accessKey,
        string secretKey,
        DateTime utcNow,
        string region = "us-east-1")
    {
        AccessKey = accessKey;
        AmzDate = utcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var day = AmzDate[..8];
        Scope = $"{day}/{region}/s3/aws4_request";
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretKey), day);
        key = Hmac(key, region);
        key = Hmac(key, "s3");
        _signingKey = Hmac(key, "aws4_request");
    }

    /// <summary>The access key named in the credential.</summary>
    public string AccessKey { get; }

    /// <summary>The request time as x-amz-date writes it.</summary>
    public string AmzDate { get; }

    /// <summary>The credential scope: day/region/s3/aws4_request.</summary>
    public string Scope { get; }

    /// <summary>Signs a canonical request and returns the hex signature.</summary>
    public string Sign(
        string method,
        string canonicalPath,
        IEnumerable<KeyValuePair<string, string>> query,
        IReadOnlyDictionary<string, string> headers,
        string payloadHash)
    {
        var names = headers.Keys
            .Select(n => n.ToLowerInvariant())
            .Order(StringComparer.Ordinal)
            .ToList();
        var lookup = headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.Trim());
        var canonicalHeaders = string.Concat(names.Select(n => $"{n}:{lookup[n]}\n"));
        var canonical = string.Join('\n',
            method,
            canonicalPath,
            CanonicalQuery(query),
            canonicalHeaders,
            SignedHeaders(headers.Keys),
            payloadHash);
        return SignString($"AWS4-HMAC-SHA256\n{AmzDate}\n{Scope}\n{Sha256Hex(canonical)}");
    }

    /// <summary>Signs one aws-chunked chunk, chained to the previous chunk's signature.</summary>
    public string SignChunk(string previousSignature, ReadOnlySpan<byte> chunk)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(chunk));
        return SignString(
            $"AWS4-HMAC-SHA256-PAYLOAD\n{AmzDate}\n{Scope}\n{previousSignature}\n" +
            $"{EmptySha256}\n{hash}");
    }

    /// <summary>The Authorization header value for a signature.</summary>
    public string AuthorizationHeader(IEnumerable<string> headerNames, string signature) =>
        $"AWS4-HMAC-SHA256 Credential={AccessKey}/{Scope}, " +
        $"SignedHeaders={SignedHeaders(headerNames)}, Signature={signature}";

    /// <summary>Lowercased header names, sorted and joined by semicolons.</summary>
    public static string SignedHeaders(IEnumerable<string> names) =>
        string.Join(';', names.Select(n => n.ToLowerInvariant()).Order(StringComparer.Ordinal));

    /// <summary>Query pairs encoded and sorted as the canonical request wants them.</summary>
    public static string CanonicalQuery(IEnumerable<KeyValuePair<string, string>> query) =>
        string.Join('&', query
            .Select(p => (Name: UriEncode(p.Key, true), Value: UriEncode(p.Value, true)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={p.Value}"));

    /// <summary>
    /// Percent-encodes UTF-8 bytes except unreserved characters (and '/' if kept).
    /// </summary>
    public static string UriEncode(string text, bool encodeSlash)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            var unreserved = char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~';
            if (unreserved || (c == '/' && !encodeSlash))
            {
                builder.Append(c);
                continue;
            }

            builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>Lowercase hex SHA-256 of UTF-8 text.</summary>
    public static string Sha256Hex(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private string SignString(string stringToSign) =>
        Convert.ToHexStringLower(Hmac(_signingKey, stringToSign));

    private static byte[] Hmac(byte[] key, string data) =>
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));
}
