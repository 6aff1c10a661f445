namespace Kura.Storage;

/// <summary>One uploaded part of a multipart upload.</summary>
internal sealed record PartInfo
{
    public required int PartNumber { get; init; }

    public required long Size { get; init; }

    public required string ETag { get; init; }

    public required DateTimeOffset LastModified { get; init; }

    public required string BlobId { get; init; }

    /// <summary>The part's checksum in base64 when the upload asked for one.</summary>
    public string? Checksum { get; init; }
}
