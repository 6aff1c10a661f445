using System.Security.Cryptography;
using Kura.Streams;

namespace Kura.Protocol.Bodies;

/// <summary>
/// Passes a body through while hashing it, and fails at the end when the SHA-256 differs from
/// the signed x-amz-content-sha256, before the caller can commit anything.
/// </summary>
internal sealed class Sha256CheckingStream(Stream inner, string expectedHex) : ReadOnlyStream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        if (read > 0)
        {
            _hash.AppendData(buffer.Span[..read]);
            return read;
        }

        var actual = Convert.ToHexStringLower(_hash.GetHashAndReset());
        if (actual != expectedHex)
        {
            throw new S3Exception(S3Error.XAmzContentSHA256Mismatch)
            {
                Details = [("ClientComputedContentSHA256", expectedHex), ("S3ComputedContentSHA256", actual)],
            };
        }

        return 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
