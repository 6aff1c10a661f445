namespace Kura.Storage.Checksums;

/// <summary>A running checksum; <see cref="GetValue"/> returns big-endian bytes as S3 encodes them.</summary>
internal interface IChecksumHasher
{
    void Append(ReadOnlySpan<byte> data);

    byte[] GetValue();
}
