using System.Globalization;
using Kura.Auth.Signing;

namespace Kura.Auth;

/// <summary>Makes SigV4 presigned GET URLs, for the console's share links.</summary>
internal static class Presigner
{
    /// <summary>The URL as text: System.Uri would fold "." and ".." segments that are part of a key.</summary>
    public static string PresignGet(
        AccessKey key,
        Uri server,
        string bucket,
        string objectKey,
        TimeSpan expiry,
        DateTimeOffset now,
        string region)
    {
        var amzDate = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var scope = $"{amzDate[..8]}/{region}/s3/aws4_request";
        var path = "/" + bucket + "/" + UriEncoding.Encode(objectKey, keepSlash: true);
        var query = string.Join('&',
            "X-Amz-Algorithm=AWS4-HMAC-SHA256",
            "X-Amz-Credential=" + UriEncoding.Encode(key.AccessKeyId + "/" + scope, keepSlash: false),
            "X-Amz-Date=" + amzDate,
            "X-Amz-Expires=" + ((int)expiry.TotalSeconds).ToString(CultureInfo.InvariantCulture),
            "X-Amz-SignedHeaders=host");
        var host = server.IsDefaultPort ? server.Host : $"{server.Host}:{server.Port}";
        var canonical = $"GET\n{path}\n{CanonicalRequest.CanonicalQuery(query, false)}\n" +
            $"host:{host}\n\nhost\nUNSIGNED-PAYLOAD";
        var signingKey = new SigningKeys().Get(key.SecretKey, amzDate[..8], region, "s3");
        var stringToSign = $"{SignatureVerifier.Algorithm}\n{amzDate}\n{scope}\n{SigningKeys.HexSha256(canonical)}";
        var signature = SigningKeys.HexHmac(signingKey, stringToSign);
        return $"{server.Scheme}://{host}{path}?{query}&X-Amz-Signature={signature}";
    }
}
