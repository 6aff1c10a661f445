using System.Buffers.Binary;
using System.Runtime.Intrinsics.X86;

namespace Kura.Storage.Checksums;

/// <summary>
/// CRC-32C (Castagnoli), which System.IO.Hashing lacks. Uses the SSE4.2 instruction where the
/// processor has it and a byte table elsewhere.
/// </summary>
internal sealed class Crc32CHasher : IChecksumHasher
{
    private const uint ReflectedPolynomial = 0x82F63B78;
    private static readonly uint[] Table = BuildTable();

    private uint _state = uint.MaxValue;

    public void Append(ReadOnlySpan<byte> data)
    {
        var crc = _state;
        if (Sse42.X64.IsSupported)
        {
            while (data.Length >= 8)
            {
                crc = (uint)Sse42.X64.Crc32(crc, BinaryPrimitives.ReadUInt64LittleEndian(data));
                data = data[8..];
            }
        }

        foreach (var b in data)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        _state = crc;
    }

    public byte[] GetValue()
    {
        var value = ~_state;
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            var crc = i;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ ReflectedPolynomial : crc >> 1;
            }

            table[i] = crc;
        }

        return table;
    }
}
