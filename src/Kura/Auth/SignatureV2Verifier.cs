using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kura.Protocol;

namespace Kura.Auth;

/// <summary>
/// AWS Signature Version 2: "AWS key:signature" headers and AWSAccessKeyId/Expires/Signature
/// query strings. Old, HMAC-SHA1 and without a payload hash, but boto3 and aws-cli v1 still
/// presign with it by default, so MinIO-compatible servers accept it.
/// </summary>
internal sealed class SignatureV2Verifier(ICredentialStore credentials, TimeProvider time)
{
    /// <summary>Query parameters that are part of the resource being signed.</summary>
    private static readonly HashSet<string> SubResources = new(StringComparer.Ordinal)
    {
        "acl", "cors", "delete", "lifecycle", "location", "logging", "notification", "partNumber", "policy",
        "requestPayment", "response-cache-control", "response-content-disposition", "response-content-encoding",
        "response-content-language", "response-content-type", "response-expires", "restore", "tagging",
        "torrent", "uploadId", "uploads", "versionId", "versioning", "versions", "website",
    };

    public AuthResult VerifyHeader(HttpRequest request, string rawPath, string header)
    {
        var credential = header["AWS ".Length..];
        var colon = credential.LastIndexOf(':');
        if (colon <= 0)
        {
            throw new S3Exception(S3Error.AuthorizationHeaderMalformed, "Expected 'AWS <access key>:<signature>'.");
        }

        var key = FindKey(credential[..colon]);
        var amzDate = request.Headers["x-amz-date"].ToString();
        var date = amzDate.Length > 0 ? amzDate : request.Headers.Date.ToString();
        var requestTime = HttpFormats.ParseDate(date)
            ?? throw new S3Exception(
                S3Error.AccessDenied,
                "AWS authentication requires a valid Date or x-amz-date header.");
        if ((time.GetUtcNow() - requestTime).Duration() > SignatureVerifier.AllowedSkew)
        {
            throw new S3Exception(S3Error.RequestTimeTooSkewed);
        }

        var stringToSign = StringToSign(request, rawPath, amzDate.Length > 0 ? "" : date);
        Check(key, stringToSign, credential[(colon + 1)..]);
        return new AuthResult { Key = key, PayloadMode = PayloadMode.Unsigned };
    }

    public AuthResult VerifyPresigned(HttpRequest request, string rawPath)
    {
        var key = FindKey(request.Query["AWSAccessKeyId"].ToString());
        var expiresText = request.Query["Expires"].ToString();
        if (!long.TryParse(expiresText, NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            throw new S3Exception(S3Error.AccessDenied, "Query-string authentication requires the Expires parameter.");
        }

        if (time.GetUtcNow().ToUnixTimeSeconds() > expires)
        {
            throw new S3Exception(S3Error.AccessDenied, "Request has expired.");
        }

        var stringToSign = StringToSign(request, rawPath, expiresText);
        Check(key, stringToSign, request.Query["Signature"].ToString());
        return new AuthResult { Key = key, PayloadMode = PayloadMode.Unsigned };
    }

    private AccessKey FindKey(string accessKeyId) =>
        credentials.Find(accessKeyId) ?? throw new S3Exception(S3Error.InvalidAccessKeyId);

    private static void Check(AccessKey key, string stringToSign, string provided)
    {
        var expected = Convert.ToBase64String(
            HMACSHA1.HashData(Encoding.UTF8.GetBytes(key.SecretKey), Encoding.UTF8.GetBytes(stringToSign)));
        if (!CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(expected),
                Encoding.ASCII.GetBytes(provided)))
        {
            throw new S3Exception(S3Error.SignatureDoesNotMatch);
        }
    }

    private static string StringToSign(HttpRequest request, string rawPath, string dateOrExpires)
    {
        var builder = new StringBuilder();
        builder.Append(request.Method).Append('\n');
        builder.Append(request.Headers["Content-MD5"].ToString()).Append('\n');
        builder.Append(request.Headers.ContentType.ToString()).Append('\n');
        builder.Append(dateOrExpires).Append('\n');
        var amzHeaders = request.Headers
            .Where(h => h.Key.StartsWith("x-amz-", StringComparison.OrdinalIgnoreCase))
            .Select(h => (Name: h.Key.ToLowerInvariant(), Value: string.Join(',', h.Value.Select(v => v?.Trim()))))
            .OrderBy(h => h.Name, StringComparer.Ordinal);
        foreach (var (name, value) in amzHeaders)
        {
            builder.Append(name).Append(':').Append(value).Append('\n');
        }

        builder.Append(rawPath);

        // The resource of a bucket-level request is "/bucket/", whether or not the path ends in '/'.
        if (rawPath.Length > 1 && rawPath.IndexOf('/', 1) < 0)
        {
            builder.Append('/');
        }

        var subResources = request.Query
            .Where(q => SubResources.Contains(q.Key))
            .OrderBy(q => q.Key, StringComparer.Ordinal)
            .Select(q => string.IsNullOrEmpty(q.Value) ? q.Key : q.Key + "=" + q.Value)
            .ToList();
        if (subResources.Count > 0)
        {
            builder.Append('?').Append(string.Join('&', subResources));
        }

        return builder.ToString();
    }
}
