using System.Globalization;
using Kura.Protocol;

namespace Kura.Auth;

internal sealed partial class SignatureVerifier
{
    private sealed record AuthorizationFields(string Credential, IReadOnlyList<string> SignedHeaders, string Signature);

    /// <summary>Parses "Credential=..., SignedHeaders=..., Signature=..." in any order.</summary>
    private static AuthorizationFields ParseAuthorization(string text)
    {
        string? credential = null, signedHeaders = null, signature = null;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                continue;
            }

            var value = part[(equals + 1)..].Trim();
            switch (part[..equals].Trim())
            {
                case "Credential": credential = value; break;
                case "SignedHeaders": signedHeaders = value; break;
                case "Signature": signature = value; break;
            }
        }

        if (credential is null || signedHeaders is null || signature is null)
        {
            throw new S3Exception(S3Error.AuthorizationHeaderMalformed,
                "The authorization header is malformed; it needs Credential, SignedHeaders and Signature.");
        }

        return new AuthorizationFields(credential, signedHeaders.Split(';'), signature);
    }

    private static PayloadMode ParsePayloadMode(string contentHash) => contentHash switch
    {
        "UNSIGNED-PAYLOAD" => PayloadMode.Unsigned,
        "STREAMING-AWS4-HMAC-SHA256-PAYLOAD" => PayloadMode.StreamingSigned,
        "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER" => PayloadMode.StreamingSignedTrailer,
        "STREAMING-UNSIGNED-PAYLOAD-TRAILER" => PayloadMode.StreamingUnsignedTrailer,
        _ when contentHash.Length == 64 && contentHash.All(char.IsAsciiHexDigit) => PayloadMode.SignedHash,
        _ => throw new S3Exception(S3Error.InvalidArgument, "x-amz-content-sha256 must be a SHA-256 hex digest " +
            "or one of UNSIGNED-PAYLOAD and the STREAMING-* values."),
    };

    private static DateTimeOffset ParseAmzDate(string value, S3Error error)
    {
        if (!DateTimeOffset.TryParseExact(value, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            throw new S3Exception(error, "The request time is missing or not in the ISO 8601 basic format.");
        }

        return parsed;
    }

    /// <summary>Turns an HTTP Date header into the x-amz-date form, for clients that send only Date.</summary>
    private static string ToAmzDate(string httpDate) =>
        DateTimeOffset.TryParse(httpDate, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)
            : "";
}
