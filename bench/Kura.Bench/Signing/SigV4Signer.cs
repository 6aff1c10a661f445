using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Kura.Bench.Signing;

/// <summary>
/// Signs path-style S3 requests with AWS Signature Version 4 in the Authorization header. Bodies
/// are sent as UNSIGNED-PAYLOAD, so a request costs two HMACs and one hash whatever its size;
/// the signing key is derived once per day.
/// </summary>
internal sealed class SigV4Signer
{
    private const string Unsigned = "UNSIGNED-PAYLOAD";
    private const string SignedHeaders = "host;x-amz-content-sha256;x-amz-date";

    private readonly string _accessKey;
    private readonly string _secretKey;
    private readonly string _region;
    private DayKey _dayKey = new("", []);

    /// <summary>Creates a signer for one key pair and region.</summary>
    public SigV4Signer(string accessKey, string secretKey, string region)
    {
        _accessKey = accessKey;
        _secretKey = secretKey;
        _region = region;
    }

    /// <summary>
    /// Adds x-amz-date, x-amz-content-sha256 and Authorization to <paramref name="request"/>,
    /// whose URI must already carry <paramref name="canonicalQuery"/> as its query.
    /// </summary>
    public void Sign(HttpRequestMessage request, string canonicalQuery)
    {
        var uri = request.RequestUri ?? throw new ArgumentException("the request has no URI", nameof(request));
        var amzDate = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var day = amzDate[..8];
        var scope = $"{day}/{_region}/s3/aws4_request";

        var canonical = string.Join('\n',
            request.Method.Method,
            uri.AbsolutePath,
            canonicalQuery,
            $"host:{uri.Authority}\nx-amz-content-sha256:{Unsigned}\nx-amz-date:{amzDate}\n",
            SignedHeaders,
            Unsigned);
        var toSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var signature = Hex(HMACSHA256.HashData(KeyFor(day), Encoding.UTF8.GetBytes(toSign)));

        request.Headers.TryAddWithoutValidation("x-amz-date", amzDate);
        request.Headers.TryAddWithoutValidation("x-amz-content-sha256", Unsigned);
        request.Headers.TryAddWithoutValidation(
            "Authorization",
            $"AWS4-HMAC-SHA256 Credential={_accessKey}/{scope}, SignedHeaders={SignedHeaders}, Signature={signature}");
    }

    /// <summary>Builds a query string in SigV4's canonical form: names sorted, RFC 3986 encoding.</summary>
    public static string CanonicalQuery(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join('&', parameters
            .Select(p => (Name: Encode(p.Key), Value: Encode(p.Value)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={p.Value}"));

    /// <summary>Percent-encodes everything except SigV4's unreserved characters.</summary>
    public static string Encode(string value) => Uri.EscapeDataString(value);

    private byte[] KeyFor(string day)
    {
        // Workers race here; one immutable pair per day means the worst case derives a key twice.
        var current = _dayKey;
        if (current.Day == day)
        {
            return current.Key;
        }

        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + _secretKey), day);
        key = Hmac(Hmac(Hmac(key, _region), "s3"), "aws4_request");
        _dayKey = new DayKey(day, key);
        return key;
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    private sealed record DayKey(string Day, byte[] Key);
}
