using Kura.Streams;

namespace Kura.Storage;

/// <summary>
/// Reads a byte range of an object whose body is spread over several blob files. The files are
/// opened up front, so a concurrent overwrite that deletes them cannot cut a read short: Linux
/// keeps an unlinked file readable while a handle is open.
/// </summary>
internal sealed class SegmentedReadStream : ReadOnlyStream
{
    private readonly List<(FileStream File, long Start, long Length)> _pieces = [];
    private int _current;
    private long _remainingInPiece;
    private long _length;

    private SegmentedReadStream()
    {
    }

    /// <summary>Opens the blobs that cover [offset, offset + length) of the object.</summary>
    public static SegmentedReadStream Open(
        DataDirectory directory,
        IReadOnlyList<Segment> segments,
        long offset,
        long length)
    {
        var stream = new SegmentedReadStream();
        try
        {
            long position = 0;
            var end = offset + length;
            foreach (var segment in segments)
            {
                var segmentEnd = position + segment.Length;
                if (segmentEnd > offset && position < end && segment.Length > 0)
                {
                    var start = Math.Max(offset, position) - position;
                    var stop = Math.Min(end, segmentEnd) - position;
                    var file = new FileStream(directory.BlobPath(segment.BlobId), new FileStreamOptions
                    {
                        Mode = FileMode.Open,
                        Access = FileAccess.Read,
                        Share = FileShare.ReadWrite | FileShare.Delete,
                        BufferSize = 0,
                        Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
                    });
                    stream._pieces.Add((file, start, stop - start));
                }

                position = segmentEnd;
            }

            stream._length = length;
            stream.Start();
            return stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public override long Length => _length;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_current < _pieces.Count)
        {
            if (_remainingInPiece == 0)
            {
                _current++;
                Start();
                continue;
            }

            var want = (int)Math.Min(buffer.Length, _remainingInPiece);
            var read = await _pieces[_current].File.ReadAsync(buffer[..want], cancellationToken);
            if (read == 0)
            {
                throw new IOException($"blob {_pieces[_current].File.Name} is shorter than the index says");
            }

            _remainingInPiece -= read;
            return read;
        }

        return 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var piece in _pieces)
            {
                piece.File.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private void Start()
    {
        if (_current < _pieces.Count)
        {
            var piece = _pieces[_current];
            piece.File.Position = piece.Start;
            _remainingInPiece = piece.Length;
        }
    }
}
