using System.Net;

namespace Kura.Bench.Load;

/// <summary>
/// A request body of a given length written from one shared 1 MiB block of random bytes, so a
/// 64 MiB PUT from 32 connections costs the load generator no memory per request.
/// </summary>
internal sealed class PayloadContent : HttpContent
{
    private static readonly byte[] Block = RandomBlock();
    private readonly long _length;

    /// <summary>A body of <paramref name="length"/> bytes.</summary>
    public PayloadContent(long length)
    {
        _length = length;
        Headers.ContentType = new("application/octet-stream");
    }

    /// <inheritdoc />
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    /// <inheritdoc />
    protected override async Task SerializeToStreamAsync(
        Stream stream,
        TransportContext? context,
        CancellationToken cancellationToken)
    {
        for (var left = _length; left > 0;)
        {
            var count = (int)Math.Min(left, Block.Length);
            await stream.WriteAsync(Block.AsMemory(0, count), cancellationToken);
            left -= count;
        }
    }

    /// <inheritdoc />
    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    private static byte[] RandomBlock()
    {
        var block = new byte[1024 * 1024];
        Random.Shared.NextBytes(block);
        return block;
    }
}
