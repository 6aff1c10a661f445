using Kura.Protocol;

namespace Kura.Auth;

/// <summary>"AKID/20240101/us-east-1/s3/aws4_request", taken apart.</summary>
internal sealed record CredentialScope(string AccessKeyId, string Date, string Region, string Service)
{
    /// <summary>The scope without the access key, as it appears in the string to sign.</summary>
    public override string ToString() => $"{Date}/{Region}/{Service}/aws4_request";

    public static CredentialScope Parse(string credential, S3Error error)
    {
        // The access key may itself contain '/', so the scope is taken from the right.
        var parts = credential.Split('/');
        if (parts.Length < 5 || parts[^1] != "aws4_request" || parts[^4].Length != 8)
        {
            throw new S3Exception(error, $"The credential '{credential}' is malformed; expected " +
                "<access key>/<yyyyMMdd>/<region>/s3/aws4_request.");
        }

        if (parts[^2] != "s3")
        {
            throw new S3Exception(error, $"The credential names service '{parts[^2]}'; this endpoint is 's3'.");
        }

        return new CredentialScope(string.Join('/', parts[..^4]), parts[^4], parts[^3], parts[^2]);
    }
}
