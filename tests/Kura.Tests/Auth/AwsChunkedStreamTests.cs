using System.Text;
using Kura.Auth;
using Kura.Auth.Signing;
using Kura.Protocol;

namespace Kura.Tests.Auth;

/// <summary>
/// The chunked upload example of AWS's SigV4 documentation: 66,560 bytes of 'a' in a 64 KiB
/// chunk, a 1 KiB chunk and the final empty chunk, with the documented chunk signatures.
/// </summary>
public class AwsChunkedStreamTests
{
    private const string SeedSignature = "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9";
    private const string FirstChunkSignature = "ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648";
    private const string SecondChunkSignature = "0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497";
    private const string FinalChunkSignature = "b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9";

    [Fact]
    public async Task Decode_AwsDocumentedChunks_YieldsThePayload()
    {
        var body = DocumentedBody(tamper: false);
        using var stream = new AwsChunkedStream(new MemoryStream(body), Signing(), expectTrailer: false, 66560);

        var decoded = await ReadAllAsync(stream);

        Assert.Equal(66560, decoded.Length);
        Assert.All(decoded, b => Assert.Equal((byte)'a', b));
    }

    [Fact]
    public async Task Decode_OneByteOfDataChanged_IsSignatureDoesNotMatch()
    {
        var body = DocumentedBody(tamper: true);
        using var stream = new AwsChunkedStream(new MemoryStream(body), Signing(), expectTrailer: false, 66560);

        var error = await Assert.ThrowsAsync<S3Exception>(() => ReadAllAsync(stream));

        Assert.Equal("SignatureDoesNotMatch", error.Error.Code);
    }

    [Fact]
    public async Task Decode_BodyCutBeforeLastChunk_IsIncompleteBody()
    {
        var body = DocumentedBody(tamper: false);
        var cut = body[..66000];
        using var stream = new AwsChunkedStream(new MemoryStream(cut), Signing(), expectTrailer: false, 66560);

        var error = await Assert.ThrowsAsync<S3Exception>(() => ReadAllAsync(stream));

        Assert.Equal("IncompleteBody", error.Error.Code);
    }

    [Fact]
    public async Task Decode_UnsignedWithChecksumTrailer_ExposesTheTrailer()
    {
        var text = "5\r\nhello\r\n0\r\nx-amz-checksum-crc32:NhCmhg==\r\n\r\n";
        using var stream = new AwsChunkedStream(
            new MemoryStream(Encoding.ASCII.GetBytes(text)), null, expectTrailer: true, 5);

        var decoded = await ReadAllAsync(stream);

        Assert.Equal("hello", Encoding.ASCII.GetString(decoded));
        Assert.Equal("NhCmhg==", stream.Trailers["x-amz-checksum-crc32"]);
    }

    private static SigningContext Signing()
    {
        var key = new SigningKeys().Get(AwsExample.SecretKey, "20130524", "us-east-1", "s3");
        return new SigningContext(key, AwsExample.AmzDate, AwsExample.Scope, SeedSignature);
    }

    private static byte[] DocumentedBody(bool tamper)
    {
        var body = new MemoryStream();
        void Write(string text) => body.Write(Encoding.ASCII.GetBytes(text));
        Write($"10000;chunk-signature={FirstChunkSignature}\r\n");
        var first = Enumerable.Repeat((byte)'a', 65536).ToArray();
        if (tamper)
        {
            first[1000] = (byte)'b';
        }

        body.Write(first);
        Write($"\r\n400;chunk-signature={SecondChunkSignature}\r\n");
        body.Write(Enumerable.Repeat((byte)'a', 1024).ToArray());
        Write($"\r\n0;chunk-signature={FinalChunkSignature}\r\n\r\n");
        return body.ToArray();
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        var output = new MemoryStream();
        var buffer = new byte[8192];
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            output.Write(buffer, 0, read);
        }

        return output.ToArray();
    }
}
