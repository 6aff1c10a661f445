using System.Security.Cryptography;

namespace Kura.Tests.Support;

/// <summary>Random payloads and their SHA-256, worked out on the test side.</summary>
public static class TestData
{
    /// <summary>Random bytes of the given length.</summary>
    public static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Lowercase hex SHA-256 of the bytes.</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) =>
        Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Lowercase hex SHA-256 of a stream, read to its end.</summary>
    public static async Task<string> Sha256Async(Stream stream) =>
        Convert.ToHexStringLower(await SHA256.HashDataAsync(stream));

    /// <summary>Lowercase hex SHA-256 of a file.</summary>
    public static async Task<string> Sha256FileAsync(string path)
    {
        await using var file = File.OpenRead(path);
        return await Sha256Async(file);
    }

    /// <summary>Writes a file of random bytes in 1 MiB blocks and returns its SHA-256.</summary>
    public static async Task<string> WriteRandomFileAsync(string path, long length)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var block = new byte[1024 * 1024];
        await using var file = File.Create(path);
        for (var written = 0L; written < length; written += block.Length)
        {
            var count = (int)Math.Min(block.Length, length - written);
            Random.Shared.NextBytes(block.AsSpan(0, count));
            hash.AppendData(block, 0, count);
            await file.WriteAsync(block.AsMemory(0, count));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
