using System.Globalization;
using Kura.Storage;

namespace Kura.Protocol.Handlers;

/// <summary>GetObject and HeadObject: conditions, ranges, part numbers and header overrides.</summary>
internal static class GetObjectHandler
{
    // Reads of this size, and Kestrel's MaxResponseBufferSize above it, halve the system calls
    // and pipe round trips per byte of a large GET compared with 64 KiB.
    private const int BufferSize = 256 * 1024;

    public static async Task HandleAsync(S3Context context)
    {
        var head = HttpMethods.IsHead(context.Request.Method);
        var info = context.Storage.GetObject(context.RequiredBucket, context.RequiredKey);
        Preconditions.Check(context, info);

        var range = PartRange(context, info) ?? ByteRange.Parse(context.Header("Range"), info.Size);
        var checksumMode = string.Equals(context.Header("x-amz-checksum-mode"), "ENABLED",
            StringComparison.OrdinalIgnoreCase);
        ObjectHeaders.Write(context, info, includeChecksum: checksumMode && range is null);
        var response = context.Response;
        if (range is { } r)
        {
            response.StatusCode = 206;
            response.Headers.ContentRange = r.ContentRange(info.Size);
            response.ContentLength = r.Length;
        }
        else
        {
            response.StatusCode = 200;
            response.ContentLength = info.Size;
        }

        if (head || response.ContentLength == 0)
        {
            return;
        }

        await using var stream = OpenWithRetry(context, info, range);
        await CopyAsync(stream, response.ContentLength.Value, response, context.Aborted);
    }

    /// <summary>
    /// Opens the body. If an overwrite deleted the blobs between lookup and open, the newer
    /// version is looked up once more; its headers are already sent, so only a same-size
    /// body can be served, otherwise the connection is cut.
    /// </summary>
    private static Stream OpenWithRetry(S3Context context, ObjectInfo info, ByteRange? range)
    {
        var (offset, length) = range is { } r ? (r.Start, r.Length) : (0L, info.Size);
        try
        {
            return context.Storage.OpenRead(info, offset, length);
        }
        catch (FileNotFoundException)
        {
            var newer = context.Storage.GetObject(context.RequiredBucket, context.RequiredKey);
            if (newer.ETag != info.ETag || newer.Size != info.Size)
            {
                throw new S3Exception(S3Error.InternalError, "The object was replaced while it was being read.");
            }

            return context.Storage.OpenRead(newer, offset, length);
        }
    }

    /// <summary>Reads straight into the response pipe's memory, saving a copy per byte.</summary>
    private static async Task CopyAsync(
        Stream source,
        long length,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var writer = response.BodyWriter;
        while (true)
        {
            // A small body fits one block of Kestrel's own pool; only large ones ask for more.
            var memory = writer.GetMemory((int)Math.Min(BufferSize, Math.Max(length, 1)));
            var read = await source.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                return;
            }

            writer.Advance(read);
            var flushed = await writer.FlushAsync(cancellationToken);
            if (flushed.IsCanceled || flushed.IsCompleted)
            {
                return;
            }
        }
    }

    /// <summary>GET ?partNumber=N of a multipart object returns that part's bytes.</summary>
    private static ByteRange? PartRange(S3Context context, ObjectInfo info)
    {
        var value = context.Query("partNumber");
        if (value is null)
        {
            return null;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            throw new S3Exception(S3Error.InvalidArgument, "Part number must be an integer between 1 and 10000.");
        }

        var segments = info.PartsCount > 0 ? info.Segments : [new Segment("", info.Size)];
        if (number > segments.Count)
        {
            throw new S3Exception(S3Error.InvalidPartNumber)
            {
                Headers = [("Content-Range", $"bytes */{info.Size}")],
            };
        }

        var start = segments.Take(number - 1).Sum(s => s.Length);
        return new ByteRange(start, segments[number - 1].Length);
    }
}
