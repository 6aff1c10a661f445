using System.Globalization;

namespace Kura.Protocol;

/// <summary>
/// A single byte range from a Range header: "bytes=a-b", "bytes=a-" or "bytes=-n". Anything else
/// (several ranges, other units, bad syntax) is ignored and the whole object is sent, as S3 does.
/// </summary>
internal readonly record struct ByteRange(long Start, long Length)
{
    /// <summary>Resolves the header against the object size; null means "send everything".</summary>
    public static ByteRange? Parse(string? header, long size)
    {
        if (header is null || !header.StartsWith("bytes=", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var spec = header[6..].Trim();
        if (spec.Contains(',', StringComparison.Ordinal))
        {
            return null;
        }

        var dash = spec.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            return null;
        }

        var first = spec[..dash].Trim();
        var last = spec[(dash + 1)..].Trim();
        if (first.Length == 0)
        {
            if (!TryParse(last, out var suffix))
            {
                return null;
            }

            if (suffix == 0 || size == 0)
            {
                throw Unsatisfiable(size);
            }

            var length = Math.Min(suffix, size);
            return new ByteRange(size - length, length);
        }

        if (!TryParse(first, out var start))
        {
            return null;
        }

        long end;
        if (last.Length == 0)
        {
            end = size - 1;
        }
        else if (!TryParse(last, out end) || end < start)
        {
            return null;
        }

        if (start >= size)
        {
            throw Unsatisfiable(size);
        }

        end = Math.Min(end, size - 1);
        return new ByteRange(start, end - start + 1);
    }

    public string ContentRange(long size) => $"bytes {Start}-{Start + Length - 1}/{size}";

    private static bool TryParse(string text, out long value) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static S3Exception Unsatisfiable(long size) => new(S3Error.InvalidRange)
    {
        Headers = [("Content-Range", $"bytes */{size}")],
        Details = [("RangeRequested", "bytes"), ("ActualObjectSize", size.ToString(CultureInfo.InvariantCulture))],
    };
}
