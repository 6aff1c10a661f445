using System.Buffers.Binary;

namespace Kura.Storage.Checksums;

/// <summary>
/// CRC-64/NVME, the default checksum of current AWS SDKs. System.IO.Hashing's Crc64 is the
/// ECMA-182 variant, so this is our own slicing-by-8 table implementation.
/// </summary>
internal sealed class Crc64NvmeHasher : IChecksumHasher
{
    private const ulong ReflectedPolynomial = 0x9A6C9329AC4BC9B5;
    private static readonly ulong[][] Tables = BuildTables();

    private ulong _state = ulong.MaxValue;

    public void Append(ReadOnlySpan<byte> data)
    {
        var crc = _state;
        var t = Tables;
        while (data.Length >= 8)
        {
            crc ^= BinaryPrimitives.ReadUInt64LittleEndian(data);
            crc = t[7][crc & 0xFF] ^ t[6][(crc >> 8) & 0xFF] ^ t[5][(crc >> 16) & 0xFF]
                ^ t[4][(crc >> 24) & 0xFF] ^ t[3][(crc >> 32) & 0xFF] ^ t[2][(crc >> 40) & 0xFF]
                ^ t[1][(crc >> 48) & 0xFF] ^ t[0][crc >> 56];
            data = data[8..];
        }

        foreach (var b in data)
        {
            crc = t[0][(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        _state = crc;
    }

    public byte[] GetValue()
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, ~_state);
        return bytes;
    }

    private static ulong[][] BuildTables()
    {
        var tables = new ulong[8][];
        tables[0] = new ulong[256];
        for (ulong i = 0; i < 256; i++)
        {
            var crc = i;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ ReflectedPolynomial : crc >> 1;
            }

            tables[0][i] = crc;
        }

        for (var k = 1; k < 8; k++)
        {
            tables[k] = new ulong[256];
            for (var i = 0; i < 256; i++)
            {
                var previous = tables[k - 1][i];
                tables[k][i] = tables[0][previous & 0xFF] ^ (previous >> 8);
            }
        }

        return tables;
    }
}
