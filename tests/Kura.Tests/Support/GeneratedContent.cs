using System.Net;
using System.Security.Cryptography;

namespace Kura.Tests.Support;

/// <summary>
/// A request body of any length made on the fly from a seeded generator, hashed as it is sent,
/// so a test can upload gigabytes without holding them.
/// </summary>
public sealed class GeneratedContent(long length, int seed) : HttpContent
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>The SHA-256 of what was sent, once the body has gone out.</summary>
    public string Sha256 { get; private set; } = "";

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var random = new Random(seed);
        var buffer = new byte[1024 * 1024];
        var remaining = length;
        while (remaining > 0)
        {
            var count = (int)Math.Min(buffer.Length, remaining);
            random.NextBytes(buffer.AsSpan(0, count));
            _hash.AppendData(buffer, 0, count);
            await stream.WriteAsync(buffer.AsMemory(0, count));
            remaining -= count;
        }

        Sha256 = Convert.ToHexStringLower(_hash.GetHashAndReset());
    }

    protected override bool TryComputeLength(out long computed)
    {
        computed = length;
        return true;
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
