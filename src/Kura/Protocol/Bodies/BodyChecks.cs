using Kura.Storage;
using Kura.Storage.Checksums;

namespace Kura.Protocol.Bodies;

/// <summary>
/// What a client asked to be verified about a body (Content-MD5, an x-amz-checksum-* header or
/// trailer) and the check itself, run after staging and before commit.
/// </summary>
internal sealed class BodyChecks
{
    private BodyChecks(byte[]? contentMd5, ChecksumAlgorithm algorithm, string? headerValue, string? trailerName)
    {
        ContentMd5 = contentMd5;
        Algorithm = algorithm;
        HeaderValue = headerValue;
        TrailerName = trailerName;
    }

    public byte[]? ContentMd5 { get; }

    /// <summary>The extra checksum to compute, or None.</summary>
    public ChecksumAlgorithm Algorithm { get; }

    private string? HeaderValue { get; }

    private string? TrailerName { get; }

    public IReadOnlyCollection<ChecksumAlgorithm> Algorithms =>
        Algorithm == ChecksumAlgorithm.None ? [] : [Algorithm];

    /// <summary>Reads the request's headers. <paramref name="fallback"/> is the upload's algorithm for parts.</summary>
    public static BodyChecks FromRequest(S3Context context, ChecksumAlgorithm fallback = ChecksumAlgorithm.None)
    {
        var md5 = ParseContentMd5(context.Header("Content-MD5"));
        foreach (var algorithm in ChecksumAlgorithms.All)
        {
            var value = context.Header(ChecksumAlgorithms.HeaderName(algorithm));
            if (value is not null)
            {
                return new BodyChecks(md5, algorithm, value, null);
            }
        }

        var trailer = context.Header("x-amz-trailer")?.Trim().ToLowerInvariant();
        if (trailer is not null && ChecksumAlgorithms.TryParseHeader(trailer, out var fromTrailer))
        {
            return new BodyChecks(md5, fromTrailer.Value, null, trailer);
        }

        if (ChecksumAlgorithms.TryParse(context.Header("x-amz-sdk-checksum-algorithm"), out var declared))
        {
            return new BodyChecks(md5, declared, null, null);
        }

        return new BodyChecks(md5, fallback, null, null);
    }

    /// <summary>Fails with BadDigest when a stated digest differs from what arrived.</summary>
    /// <returns>The checksum value in base64, or null when none was computed.</returns>
    public string? Verify(StagedBlob staged, RequestBody body)
    {
        if (ContentMd5 is not null && !ContentMd5.AsSpan().SequenceEqual(staged.Md5))
        {
            throw new S3Exception(S3Error.BadDigest);
        }

        if (Algorithm == ChecksumAlgorithm.None)
        {
            return null;
        }

        var computed = Convert.ToBase64String(staged.Checksums[Algorithm]);
        var stated = HeaderValue;
        if (TrailerName is not null)
        {
            body.Trailers.TryGetValue(TrailerName, out stated);
        }

        if (stated is not null && stated != computed)
        {
            throw new S3Exception(S3Error.BadDigest,
                $"The {ChecksumAlgorithms.Name(Algorithm)} you specified did not match the calculated checksum.");
        }

        return computed;
    }

    private static byte[]? ParseContentMd5(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var bytes = new byte[16];
        if (!Convert.TryFromBase64String(value.Trim(), bytes, out var written) || written != 16)
        {
            throw new S3Exception(S3Error.InvalidDigest);
        }

        return bytes;
    }
}
