namespace Kura.Storage;

/// <summary>What the index knows about one stored object.</summary>
internal sealed record ObjectInfo
{
    public required string Key { get; init; }

    public required long Size { get; init; }

    /// <summary>The ETag without quotes: hex MD5, or md5-of-md5s-N for multipart objects.</summary>
    public required string ETag { get; init; }

    public required DateTimeOffset LastModified { get; init; }

    public required ObjectMetadata Metadata { get; init; }

    public ObjectChecksum? Checksum { get; init; }

    public required IReadOnlyList<Segment> Segments { get; init; }

    /// <summary>The whole body, for objects small enough to live in the index row; null otherwise.</summary>
    public byte[]? InlineData { get; init; }

    /// <summary>The number of parts when the object came from a multipart upload, else 0.</summary>
    public int PartsCount { get; init; }
}
