using System.Globalization;
using System.Text;

namespace Kura.Tests.Support;

/// <summary>Encodes a payload as aws-chunked with chained chunk signatures.</summary>
public static class AwsChunkedBody
{
    /// <summary>The x-amz-content-sha256 value announcing signed chunks.</summary>
    public const string StreamingPayload = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";

    /// <summary>
    /// Builds the wire body. <paramref name="tamperChunk"/> (0-based, or -1 for none) gets a
    /// signature with one hex digit changed, as a man in the middle would leave it.
    /// </summary>
    public static byte[] Encode(
        SigV4Signer signer,
        string seedSignature,
        byte[] payload,
        int chunkSize,
        int tamperChunk = -1)
    {
        using var wire = new MemoryStream();
        var previous = seedSignature;
        var index = 0;
        for (var offset = 0; ; offset += chunkSize, index++)
        {
            var start = Math.Min(offset, payload.Length);
            var chunk = payload.AsSpan(start, Math.Min(chunkSize, payload.Length - start));
            var signature = signer.SignChunk(previous, chunk);
            previous = signature;
            var sent = index == tamperChunk ? Flip(signature) : signature;
            var size = chunk.Length.ToString("x", CultureInfo.InvariantCulture);
            var header = $"{size};chunk-signature={sent}\r\n";
            wire.Write(Encoding.ASCII.GetBytes(header));
            wire.Write(chunk);
            wire.Write("\r\n"u8);
            if (chunk.Length == 0)
            {
                return wire.ToArray();
            }
        }
    }

    private static string Flip(string signature) =>
        (signature[0] == '0' ? '1' : '0') + signature[1..];
}
