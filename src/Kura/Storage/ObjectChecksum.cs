using Kura.Storage.Checksums;

namespace Kura.Storage;

/// <summary>
/// The additional checksum an object carries. <see cref="Value"/> is base64, with a "-N" suffix
/// for a composite checksum of an N-part upload, exactly as S3 returns it.
/// </summary>
internal sealed record ObjectChecksum(ChecksumAlgorithm Algorithm, string Value, string Type)
{
    public const string FullObject = "FULL_OBJECT";
    public const string Composite = "COMPOSITE";
}
