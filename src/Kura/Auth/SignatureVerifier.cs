using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kura.Auth.Signing;
using Kura.Protocol;

namespace Kura.Auth;

/// <summary>
/// Verifies AWS Signature Version 4, in the Authorization header or in a presigned URL's query,
/// and hands Signature Version 2 (which boto3 still uses for presigned URLs) to its own verifier.
/// Any region in the credential scope is accepted (the signature still has to match it), so
/// clients configured for another region work, as they do with MinIO.
/// </summary>
internal sealed partial class SignatureVerifier(ICredentialStore credentials, TimeProvider time)
{
    public const string Algorithm = "AWS4-HMAC-SHA256";
    public static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan MaxPresignedExpiry = TimeSpan.FromDays(7);

    private readonly SigningKeys _keys = new();
    private readonly SignatureV2Verifier _legacy = new(credentials, time);

    /// <summary>Whether the request carries any kind of signature.</summary>
    public static bool IsSigned(HttpRequest request) =>
        request.Headers.Authorization.Count > 0 || request.Query.ContainsKey("X-Amz-Signature")
        || request.Query.ContainsKey("X-Amz-Credential") || request.Query.ContainsKey("AWSAccessKeyId");

    /// <summary>Checks the signature; throws the S3 error a client would get from AWS.</summary>
    public AuthResult Verify(HttpRequest request, string rawPath, string rawQuery)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.Length > 0)
        {
            return VerifyHeader(request, rawPath, rawQuery, header);
        }

        if (request.Query.ContainsKey("X-Amz-Credential"))
        {
            return VerifyPresigned(request, rawPath, rawQuery);
        }

        if (request.Query.ContainsKey("AWSAccessKeyId"))
        {
            return _legacy.VerifyPresigned(request, rawPath);
        }

        throw new S3Exception(S3Error.AccessDenied, "Anonymous requests are not allowed; sign the request.");
    }

    private AuthResult VerifyHeader(HttpRequest request, string rawPath, string rawQuery, string header)
    {
        if (!header.StartsWith(Algorithm + " ", StringComparison.Ordinal))
        {
            return header.StartsWith("AWS ", StringComparison.Ordinal)
                ? _legacy.VerifyHeader(request, rawPath, header)
                : throw new S3Exception(S3Error.AuthorizationHeaderMalformed,
                    $"Unsupported authorization type; expected {Algorithm}.");
        }

        var fields = ParseAuthorization(header[(Algorithm.Length + 1)..]);
        var scope = CredentialScope.Parse(fields.Credential, S3Error.AuthorizationHeaderMalformed);
        var amzDate = request.Headers["x-amz-date"].ToString();
        if (amzDate.Length == 0)
        {
            amzDate = ToAmzDate(request.Headers.Date.ToString());
        }

        var requestTime = ParseAmzDate(amzDate, S3Error.AccessDenied);
        if (!amzDate.StartsWith(scope.Date, StringComparison.Ordinal))
        {
            throw new S3Exception(
                S3Error.SignatureDoesNotMatch,
                "The credential date does not match the request date.");
        }

        CheckSkew(requestTime);
        var contentHash = request.Headers["x-amz-content-sha256"].ToString();
        if (contentHash.Length == 0)
        {
            throw new S3Exception(
                S3Error.InvalidRequest,
                "Missing required header for this request: x-amz-content-sha256");
        }

        var mode = ParsePayloadMode(contentHash);
        var key = FindKey(scope.AccessKeyId);
        var signingKey = _keys.Get(key.SecretKey, scope.Date, scope.Region, scope.Service);
        var canonical = CanonicalRequest.Build(request, rawPath, rawQuery, fields.SignedHeaders, contentHash, false);
        var expected = Sign(signingKey, amzDate, scope.ToString(), canonical);
        CheckSignature(expected, fields.Signature);
        return new AuthResult
        {
            Key = key,
            PayloadMode = mode,
            PayloadHash = mode == PayloadMode.SignedHash ? contentHash.ToLowerInvariant() : null,
            Signing = new SigningContext(signingKey, amzDate, scope.ToString(), expected),
        };
    }

    private AuthResult VerifyPresigned(HttpRequest request, string rawPath, string rawQuery)
    {
        var query = request.Query;
        if (query["X-Amz-Algorithm"] != Algorithm)
        {
            throw new S3Exception(S3Error.AuthorizationQueryParametersError,
                $"X-Amz-Algorithm only supports \"{Algorithm}\".");
        }

        var scope = CredentialScope.Parse(
            query["X-Amz-Credential"].ToString(),
            S3Error.AuthorizationQueryParametersError);
        var amzDate = query["X-Amz-Date"].ToString();
        var requestTime = ParseAmzDate(amzDate, S3Error.AuthorizationQueryParametersError);
        if (!int.TryParse(query["X-Amz-Expires"], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            throw new S3Exception(S3Error.AuthorizationQueryParametersError,
                "X-Amz-Expires should be a number of seconds.");
        }

        if (expires > MaxPresignedExpiry.TotalSeconds)
        {
            throw new S3Exception(S3Error.AuthorizationQueryParametersError,
                "X-Amz-Expires must be less than a week (in seconds) that is 604800.");
        }

        var now = time.GetUtcNow();
        if (requestTime - now > AllowedSkew)
        {
            throw new S3Exception(S3Error.AccessDenied, "Request is not valid yet.");
        }

        if (now > requestTime.AddSeconds(expires))
        {
            throw new S3Exception(S3Error.AccessDenied, "Request has expired.")
            {
                Details = [("X-Amz-Expires", expires.ToString(CultureInfo.InvariantCulture)),
                    ("Expires", requestTime.AddSeconds(expires)
                        .ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
                    ("ServerTime", now.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture))],
            };
        }

        var signedHeaders = query["X-Amz-SignedHeaders"].ToString().Split(';', StringSplitOptions.RemoveEmptyEntries);
        var payloadHash = query.TryGetValue("X-Amz-Content-Sha256", out var hash)
            ? hash.ToString()
            : "UNSIGNED-PAYLOAD";
        var key = FindKey(scope.AccessKeyId);
        var signingKey = _keys.Get(key.SecretKey, scope.Date, scope.Region, scope.Service);
        var canonical = CanonicalRequest.Build(request, rawPath, rawQuery, signedHeaders, payloadHash, true);
        var expected = Sign(signingKey, amzDate, scope.ToString(), canonical);
        CheckSignature(expected, query["X-Amz-Signature"].ToString());
        return new AuthResult
        {
            Key = key,
            PayloadMode = PayloadMode.Unsigned,
            Signing = new SigningContext(signingKey, amzDate, scope.ToString(), expected),
        };
    }

    private AccessKey FindKey(string accessKeyId) =>
        credentials.Find(accessKeyId) ?? throw new S3Exception(S3Error.InvalidAccessKeyId);

    private void CheckSkew(DateTimeOffset requestTime)
    {
        var now = time.GetUtcNow();
        if ((now - requestTime).Duration() > AllowedSkew)
        {
            throw new S3Exception(S3Error.RequestTimeTooSkewed)
            {
                Details = [("RequestTime", requestTime.ToString("yyyyMMddTHHmmssZ", CultureInfo.InvariantCulture)),
                    ("ServerTime", now.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
                    ("MaxAllowedSkewMilliseconds", "900000")],
            };
        }
    }

    private static string Sign(byte[] signingKey, string amzDate, string scope, string canonicalRequest)
    {
        var stringToSign = $"{Algorithm}\n{amzDate}\n{scope}\n{SigningKeys.HexSha256(canonicalRequest)}";
        return SigningKeys.HexHmac(signingKey, stringToSign);
    }

    private static void CheckSignature(string expected, string provided)
    {
        var match = CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(provided.ToLowerInvariant()));
        if (!match)
        {
            throw new S3Exception(S3Error.SignatureDoesNotMatch);
        }
    }
}
