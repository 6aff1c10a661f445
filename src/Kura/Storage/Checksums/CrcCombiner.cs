using System.Buffers.Binary;

namespace Kura.Storage.Checksums;

/// <summary>
/// Combines the CRCs of consecutive pieces into the CRC of their concatenation, without reading
/// the data again: crc(A || B) from crc(A), crc(B) and the length of B. This is what lets a
/// multipart upload report a FULL_OBJECT CRC. It is the GF(2) matrix method (as in zlib's
/// crc32_combine), written for any reflected CRC up to 64 bits whose initial value and final
/// XOR are both all ones, which holds for CRC-32, CRC-32C and CRC-64/NVME.
/// </summary>
internal static class CrcCombiner
{
    public static bool Supports(ChecksumAlgorithm algorithm) =>
        algorithm is ChecksumAlgorithm.Crc32 or ChecksumAlgorithm.Crc32C or ChecksumAlgorithm.Crc64Nvme;

    /// <summary>Combines big-endian CRC values of consecutive pieces of the given lengths.</summary>
    public static byte[] Combine(ChecksumAlgorithm algorithm, IReadOnlyList<(byte[] Crc, long Length)> pieces)
    {
        var (width, polynomial) = algorithm switch
        {
            ChecksumAlgorithm.Crc32 => (32, 0xEDB88320UL),
            ChecksumAlgorithm.Crc32C => (32, 0x82F63B78UL),
            ChecksumAlgorithm.Crc64Nvme => (64, 0x9A6C9329AC4BC9B5UL),
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
        };

        var crc = ToValue(pieces[0].Crc);
        for (var i = 1; i < pieces.Count; i++)
        {
            crc = Combine(crc, ToValue(pieces[i].Crc), pieces[i].Length, width, polynomial);
        }

        var bytes = new byte[width / 8];
        if (width == 32)
        {
            BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)crc);
        }
        else
        {
            BinaryPrimitives.WriteUInt64BigEndian(bytes, crc);
        }

        return bytes;
    }

    private static ulong ToValue(byte[] bigEndian) =>
        bigEndian.Length == 4
            ? BinaryPrimitives.ReadUInt32BigEndian(bigEndian)
            : BinaryPrimitives.ReadUInt64BigEndian(bigEndian);

    private static ulong Combine(ulong first, ulong second, long secondLength, int width, ulong polynomial)
    {
        if (secondLength <= 0)
        {
            return first;
        }

        var odd = new ulong[width];
        var even = new ulong[width];

        // The operator for one zero bit, then squared into two and four zero bits.
        odd[0] = polynomial;
        ulong row = 1;
        for (var n = 1; n < width; n++)
        {
            odd[n] = row;
            row <<= 1;
        }

        Square(even, odd);
        Square(odd, even);

        // Apply len * 8 zero bits to the first CRC, one squaring per bit of the length.
        var length = secondLength;
        do
        {
            Square(even, odd);
            if ((length & 1) != 0)
            {
                first = Times(even, first);
            }

            length >>= 1;
            if (length == 0)
            {
                break;
            }

            Square(odd, even);
            if ((length & 1) != 0)
            {
                first = Times(odd, first);
            }

            length >>= 1;
        }
        while (length != 0);

        return first ^ second;
    }

    private static ulong Times(ulong[] matrix, ulong vector)
    {
        ulong sum = 0;
        for (var i = 0; vector != 0; i++, vector >>= 1)
        {
            if ((vector & 1) != 0)
            {
                sum ^= matrix[i];
            }
        }

        return sum;
    }

    private static void Square(ulong[] square, ulong[] matrix)
    {
        for (var n = 0; n < matrix.Length; n++)
        {
            square[n] = Times(matrix, matrix[n]);
        }
    }
}
