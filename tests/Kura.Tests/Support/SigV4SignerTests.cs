using System.Globalization;

namespace Kura.Tests.Support;

/// <summary>
/// The hand-written signer reproduces the worked examples of the SigV4 documentation.
/// </summary>
public sealed class SigV4SignerTests
{
    private const string AccessKey = "AKIAIOSFODNN7EXAMPLE";
    private const string SecretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static readonly DateTime Moment = DateTime.Parse(
        "2013-05-24T00:00:00Z", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);

    [Fact]
    public void Sign_DocumentedGetObjectExample_MatchesPublishedSignature()
    {
        // Arrange
        var signer = new SigV4Signer(AccessKey, SecretKey, Moment);
        var headers = new Dictionary<string, string>
        {
            ["Host"] = "examplebucket.s3.amazonaws.com",
            ["Range"] = "bytes=0-9",
            ["x-amz-content-sha256"] = SigV4Signer.EmptySha256,
            ["x-amz-date"] = signer.AmzDate,
        };

        // Act
        var signature = signer.Sign("GET", "/test.txt", [], headers, SigV4Signer.EmptySha256);

        // Assert
        Assert.Equal("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41", signature);
    }

    [Fact]
    public void Sign_DocumentedPresignedExample_MatchesPublishedSignature()
    {
        // Arrange
        var signer = new SigV4Signer(AccessKey, SecretKey, Moment);
        var query = RawRequest.QueryOf(
            ("X-Amz-Algorithm", "AWS4-HMAC-SHA256"),
            ("X-Amz-Credential", $"{AccessKey}/{signer.Scope}"),
            ("X-Amz-Date", signer.AmzDate),
            ("X-Amz-Expires", "86400"),
            ("X-Amz-SignedHeaders", "host"));
        var headers = new Dictionary<string, string>
        {
            ["host"] = "examplebucket.s3.amazonaws.com",
        };

        // Act
        var signature = signer.Sign("GET", "/test.txt", query, headers, "UNSIGNED-PAYLOAD");

        // Assert
        Assert.Equal("aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404", signature);
    }

    [Fact]
    public void SignChunk_DocumentedChunkedExample_MatchesPublishedFirstChunkSignature()
    {
        // Arrange
        var signer = new SigV4Signer(AccessKey, SecretKey, Moment);
        var headers = new Dictionary<string, string>
        {
            ["content-encoding"] = "aws-chunked",
            ["content-length"] = "66824",
            ["host"] = "s3.amazonaws.com",
            ["x-amz-content-sha256"] = AwsChunkedBody.StreamingPayload,
            ["x-amz-date"] = signer.AmzDate,
            ["x-amz-decoded-content-length"] = "66560",
            ["x-amz-storage-class"] = "REDUCED_REDUNDANCY",
        };
        var seed = signer.Sign(
            "PUT", "/examplebucket/chunkObject.txt", [], headers, AwsChunkedBody.StreamingPayload);

        // Act
        var first = signer.SignChunk(seed, Enumerable.Repeat((byte)'a', 65536).ToArray());

        // Assert
        Assert.Equal("4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9", seed);
        Assert.Equal("ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648", first);
    }
}
