using Kura.Storage.Checksums;

namespace Kura.Storage;

/// <summary>A multipart upload that was created and neither completed nor aborted.</summary>
internal sealed record UploadInfo
{
    public required string UploadId { get; init; }

    public required string Bucket { get; init; }

    public required string Key { get; init; }

    public required DateTimeOffset Initiated { get; init; }

    public required ObjectMetadata Metadata { get; init; }

    public ChecksumAlgorithm ChecksumAlgorithm { get; init; }

    /// <summary>FULL_OBJECT or COMPOSITE, as the client asked at creation.</summary>
    public string? ChecksumType { get; init; }
}
