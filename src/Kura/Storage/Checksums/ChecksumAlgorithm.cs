namespace Kura.Storage.Checksums;

/// <summary>The additional checksums S3 lets a client send with an object or a part.</summary>
internal enum ChecksumAlgorithm
{
    None,
    Crc32,
    Crc32C,
    Crc64Nvme,
    Sha1,
    Sha256,
}
