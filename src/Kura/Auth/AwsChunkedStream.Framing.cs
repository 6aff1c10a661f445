using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kura.Auth.Signing;
using Kura.Protocol;

namespace Kura.Auth;

internal sealed partial class AwsChunkedStream
{
    /// <summary>Reads "hex-size[;chunk-signature=...]" and returns the size.</summary>
    private async ValueTask<long> ReadChunkHeaderAsync(CancellationToken cancellationToken)
    {
        var line = await ReadLineAsync(cancellationToken) ?? throw Truncated();
        var semicolon = line.IndexOf(';', StringComparison.Ordinal);
        var sizeText = semicolon < 0 ? line : line[..semicolon];
        if (!long.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size)
            || size < 0)
        {
            throw Malformed($"chunk size '{sizeText}' is not hexadecimal");
        }

        _chunkSignature = null;
        if (semicolon >= 0)
        {
            var extension = line[(semicolon + 1)..];
            const string Prefix = "chunk-signature=";
            if (extension.StartsWith(Prefix, StringComparison.Ordinal))
            {
                _chunkSignature = extension[Prefix.Length..];
            }
        }

        if (_signing is not null && _chunkSignature is null)
        {
            throw new S3Exception(
                S3Error.SignatureDoesNotMatch,
                "A chunk of a signed aws-chunked body has no signature.");
        }

        return size;
    }

    /// <summary>Checks the signature of the chunk just read; each chains from the one before.</summary>
    private void VerifyChunkSignature()
    {
        if (_signing is null || _chunkHash is null)
        {
            return;
        }

        var stringToSign = "AWS4-HMAC-SHA256-PAYLOAD\n" + _signing.AmzDate + "\n" + _signing.Scope + "\n"
            + _previousSignature + "\n" + EmptySha256 + "\n" + Hex(_chunkHash.GetHashAndReset());
        var expected = SigningKeys.HexHmac(_signing.SigningKey, stringToSign);
        var match = CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(_chunkSignature ?? ""));
        if (!match)
        {
            throw new S3Exception(
                S3Error.SignatureDoesNotMatch,
                "A chunk signature of the aws-chunked body does not match.");
        }

        _previousSignature = expected;
    }

    /// <summary>The zero-size chunk: verify it, read trailers, check the decoded length.</summary>
    private async ValueTask FinishAsync(CancellationToken cancellationToken)
    {
        VerifyChunkSignature();
        if (_expectTrailer)
        {
            await ReadTrailersAsync(cancellationToken);
        }
        else
        {
            await ExpectLineEndAsync(cancellationToken);
        }

        if (_decodedLength is { } expected && expected != _decoded)
        {
            throw new S3Exception(S3Error.IncompleteBody,
                $"The body decoded to {_decoded} bytes but x-amz-decoded-content-length says {expected}.");
        }

        _finished = true;
    }

    private async ValueTask ReadTrailersAsync(CancellationToken cancellationToken)
    {
        var canonical = new StringBuilder();
        string? trailerSignature = null;
        while (true)
        {
            var line = await ReadLineAsync(cancellationToken);
            if (string.IsNullOrEmpty(line))
            {
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw Malformed($"trailer line '{line}' has no name");
            }

            var name = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (name == "x-amz-trailer-signature")
            {
                trailerSignature = value;
                continue;
            }

            _trailers[name] = value;
            canonical.Append(name).Append(':').Append(value).Append('\n');
        }

        if (_signing is null)
        {
            return;
        }

        var stringToSign = "AWS4-HMAC-SHA256-TRAILER\n" + _signing.AmzDate + "\n" + _signing.Scope + "\n"
            + _previousSignature + "\n" + SigningKeys.HexSha256(canonical.ToString());
        var expected = SigningKeys.HexHmac(_signing.SigningKey, stringToSign);
        if (trailerSignature is null || !CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(trailerSignature)))
        {
            throw new S3Exception(
                S3Error.SignatureDoesNotMatch,
                "The trailer signature of the aws-chunked body does not match.");
        }
    }

    private async ValueTask ExpectLineEndAsync(CancellationToken cancellationToken)
    {
        var line = await ReadLineAsync(cancellationToken) ?? throw Truncated();
        if (line.Length != 0)
        {
            throw Malformed("chunk data is longer than its declared size");
        }
    }

    /// <summary>Reads up to the next CRLF; null at the end of the body.</summary>
    private async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var length = newline > 0 && span[newline - 1] == '\r' ? newline - 1 : newline;
                var line = Ascii(span[..length]);
                _start += newline + 1;
                return line;
            }

            if (_end - _start > MaxLineLength)
            {
                throw Malformed("a chunk header line is too long");
            }

            if (!await FillAsync(cancellationToken))
            {
                return _end > _start ? throw Truncated() : null;
            }
        }
    }

    /// <summary>Reads more of the raw body, compacting the buffer first; false at its end.</summary>
    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == BufferSize)
        {
            return true;
        }

        var read = await _inner.ReadAsync(_buffer.AsMemory(_end, BufferSize - _end), cancellationToken);
        _end += read;
        return read > 0;
    }
}
