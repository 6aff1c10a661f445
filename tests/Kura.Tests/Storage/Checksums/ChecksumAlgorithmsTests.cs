using System.Text;
using Kura.Storage.Checksums;

namespace Kura.Tests.Storage.Checksums;

public class ChecksumAlgorithmsTests
{
    /// <summary>The standard check values: each CRC of the nine ASCII digits "123456789".</summary>
    [Theory]
    [InlineData("Crc32", "CBF43926")]
    [InlineData("Crc32C", "E3069283")]
    [InlineData("Crc64Nvme", "AE8B14860A799888")]
    [InlineData("Sha1", "F7C3BC1D808E04732ADF679965CCC34CA7AE3441")]
    public void Hash_CheckString_GivesThePublishedCheckValue(string algorithmName, string expectedHex)
    {
        var algorithm = Enum.Parse<ChecksumAlgorithm>(algorithmName);
        var hasher = ChecksumAlgorithms.CreateHasher(algorithm);

        hasher.Append(Encoding.ASCII.GetBytes("123456789"));

        Assert.Equal(expectedHex, Convert.ToHexString(hasher.GetValue()));
    }

    [Theory]
    [InlineData("Crc32C")]
    [InlineData("Crc64Nvme")]
    public void Hash_FedInOddPieces_EqualsHashOfTheWhole(string algorithmName)
    {
        var algorithm = Enum.Parse<ChecksumAlgorithm>(algorithmName);
        var data = new byte[100_003];
        new Random(7).NextBytes(data);
        var whole = ChecksumAlgorithms.CreateHasher(algorithm);
        var pieces = ChecksumAlgorithms.CreateHasher(algorithm);

        whole.Append(data);
        for (var offset = 0; offset < data.Length; offset += 977)
        {
            pieces.Append(data.AsSpan(offset, Math.Min(977, data.Length - offset)));
        }

        Assert.Equal(whole.GetValue(), pieces.GetValue());
    }

    [Theory]
    [InlineData("x-amz-checksum-crc64nvme", "Crc64Nvme")]
    [InlineData("X-Amz-Checksum-CRC32C", "Crc32C")]
    public void TryParseHeader_KnownHeader_NamesTheAlgorithm(string header, string expectedName)
    {
        var found = ChecksumAlgorithms.TryParseHeader(header, out var algorithm);

        Assert.True(found);
        Assert.Equal(Enum.Parse<ChecksumAlgorithm>(expectedName), algorithm);
    }
}
