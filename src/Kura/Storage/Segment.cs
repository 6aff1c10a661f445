namespace Kura.Storage;

/// <summary>
/// One blob of an object's body. A simple upload has one segment; a completed multipart upload
/// keeps its parts' blobs as segments in order, so completing never copies data.
/// </summary>
internal readonly record struct Segment(string BlobId, long Length)
{
    public static string Format(IEnumerable<Segment> segments) =>
        string.Join(';', segments.Select(s => $"{s.BlobId}:{s.Length}"));

    public static Segment[] Parse(string text) =>
        text.Length == 0
            ? []
            : text.Split(';').Select(part =>
            {
                var colon = part.IndexOf(':', StringComparison.Ordinal);
                return new Segment(part[..colon], long.Parse(part.AsSpan(colon + 1)));
            }).ToArray();
}
