using System.Diagnostics.CodeAnalysis;
using System.IO.Hashing;
using System.Security.Cryptography;

namespace Kura.Storage.Checksums;

/// <summary>Names, header names and hash factories for <see cref="ChecksumAlgorithm"/>.</summary>
internal static class ChecksumAlgorithms
{
    /// <summary>Every algorithm a client may name, in the order S3 documents them.</summary>
    public static readonly ChecksumAlgorithm[] All =
    [
        ChecksumAlgorithm.Crc32,
        ChecksumAlgorithm.Crc32C,
        ChecksumAlgorithm.Crc64Nvme,
        ChecksumAlgorithm.Sha1,
        ChecksumAlgorithm.Sha256,
    ];

    /// <summary>The name used in x-amz-sdk-checksum-algorithm and XML bodies, e.g. CRC64NVME.</summary>
    public static string Name(ChecksumAlgorithm algorithm) => algorithm switch
    {
        ChecksumAlgorithm.Crc32 => "CRC32",
        ChecksumAlgorithm.Crc32C => "CRC32C",
        ChecksumAlgorithm.Crc64Nvme => "CRC64NVME",
        ChecksumAlgorithm.Sha1 => "SHA1",
        ChecksumAlgorithm.Sha256 => "SHA256",
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };

    /// <summary>The header that carries the value, e.g. x-amz-checksum-crc32.</summary>
    public static string HeaderName(ChecksumAlgorithm algorithm) =>
        "x-amz-checksum-" + Name(algorithm).ToLowerInvariant();

    /// <summary>The XML element that carries the value, e.g. ChecksumCRC32.</summary>
    public static string XmlElement(ChecksumAlgorithm algorithm) => "Checksum" + Name(algorithm);

    public static bool TryParse(string? name, out ChecksumAlgorithm algorithm)
    {
        algorithm = ChecksumAlgorithm.None;
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (var candidate in All)
        {
            if (string.Equals(Name(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                algorithm = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds the algorithm whose header name is given (case-insensitive).</summary>
    public static bool TryParseHeader(string header, [NotNullWhen(true)] out ChecksumAlgorithm? algorithm)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(HeaderName(candidate), header, StringComparison.OrdinalIgnoreCase))
            {
                algorithm = candidate;
                return true;
            }
        }

        algorithm = null;
        return false;
    }

    /// <summary>Creates a running hash whose final value is in S3's byte order.</summary>
    public static IChecksumHasher CreateHasher(ChecksumAlgorithm algorithm) => algorithm switch
    {
        ChecksumAlgorithm.Crc32 => new NonCryptographicHasher(new Crc32()),
        ChecksumAlgorithm.Crc32C => new Crc32CHasher(),
        ChecksumAlgorithm.Crc64Nvme => new Crc64NvmeHasher(),
        ChecksumAlgorithm.Sha1 => new IncrementalHasher(IncrementalHash.CreateHash(HashAlgorithmName.SHA1)),
        ChecksumAlgorithm.Sha256 => new IncrementalHasher(IncrementalHash.CreateHash(HashAlgorithmName.SHA256)),
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };
}
