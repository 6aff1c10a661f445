using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Kura.Auth.Signing;
using Kura.Protocol;
using Kura.Streams;

namespace Kura.Auth;

/// <summary>
/// Decodes an aws-chunked body as it streams: "size[;chunk-signature=sig]\r\n data \r\n" chunks,
/// a zero-size last chunk and, in the trailer variants, trailing headers such as a checksum.
/// Each chunk's signature is checked when its data ends, so bytes of a bad chunk may already be
/// staged; the caller only commits after the stream has ended cleanly.
/// </summary>
internal sealed partial class AwsChunkedStream : ReadOnlyStream
{
    private const int BufferSize = 64 * 1024;
    private const int MaxLineLength = 4096;
    private static readonly string EmptySha256 = Convert.ToHexStringLower(SHA256.HashData([]));

    private readonly Stream _inner;
    private readonly SigningContext? _signing;
    private readonly bool _expectTrailer;
    private readonly long? _decodedLength;
    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private readonly Dictionary<string, string> _trailers = new(StringComparer.OrdinalIgnoreCase);
    private IncrementalHash? _chunkHash;
    private string _previousSignature;
    private string? _chunkSignature;
    private int _start;
    private int _end;
    private long _chunkRemaining;
    private long _decoded;
    private bool _finished;

    /// <param name="inner">The raw request body.</param>
    /// <param name="signing">Null for STREAMING-UNSIGNED-PAYLOAD-TRAILER.</param>
    /// <param name="expectTrailer">Whether trailing headers follow the last chunk.</param>
    /// <param name="decodedLength">x-amz-decoded-content-length, checked at the end.</param>
    public AwsChunkedStream(Stream inner, SigningContext? signing, bool expectTrailer, long? decodedLength)
    {
        _inner = inner;
        _signing = signing;
        _expectTrailer = expectTrailer;
        _decodedLength = decodedLength;
        _previousSignature = signing?.SeedSignature ?? "";
        if (signing is not null)
        {
            _chunkHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        }
    }

    /// <summary>Trailing headers, available once the stream has returned 0.</summary>
    public IReadOnlyDictionary<string, string> Trailers => _trailers;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _decoded;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(
        Memory<byte> destination,
        CancellationToken cancellationToken = default)
    {
        if (_finished || destination.Length == 0)
        {
            return 0;
        }

        if (_chunkRemaining == 0)
        {
            var size = await ReadChunkHeaderAsync(cancellationToken);
            if (size == 0)
            {
                await FinishAsync(cancellationToken);
                return 0;
            }

            _chunkRemaining = size;
        }

        if (_start == _end && !await FillAsync(cancellationToken))
        {
            throw Truncated();
        }

        var count = (int)Math.Min(Math.Min(destination.Length, _end - _start), _chunkRemaining);
        var data = _buffer.AsSpan(_start, count);
        data.CopyTo(destination.Span);
        _chunkHash?.AppendData(data);
        _start += count;
        _chunkRemaining -= count;
        _decoded += count;
        if (_chunkRemaining == 0)
        {
            await ExpectLineEndAsync(cancellationToken);
            VerifyChunkSignature();
        }

        return count;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _chunkHash?.Dispose();
            _chunkHash = null;
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        base.Dispose(disposing);
    }

    private static S3Exception Truncated() =>
        new(S3Error.IncompleteBody, "The aws-chunked body ended before its last chunk.");

    private static S3Exception Malformed(string detail) =>
        new(S3Error.InvalidRequest, "The aws-chunked body is malformed: " + detail);

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    private static string Ascii(ReadOnlySpan<byte> bytes) => Encoding.ASCII.GetString(bytes);
}
