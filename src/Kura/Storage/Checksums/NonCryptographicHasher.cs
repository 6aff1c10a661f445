using System.IO.Hashing;

namespace Kura.Storage.Checksums;

/// <summary>Adapts System.IO.Hashing's CRC-32, whose own byte order is little-endian.</summary>
internal sealed class NonCryptographicHasher(Crc32 crc) : IChecksumHasher
{
    public void Append(ReadOnlySpan<byte> data) => crc.Append(data);

    public byte[] GetValue()
    {
        var value = crc.GetCurrentHashAsUInt32();
        return [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];
    }
}
