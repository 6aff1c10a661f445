using Kura.Storage.Checksums;

namespace Kura.Tests.Storage.Checksums;

public class CrcCombinerTests
{
    [Theory]
    [InlineData("Crc32")]
    [InlineData("Crc32C")]
    [InlineData("Crc64Nvme")]
    public void Combine_PartCrcs_EqualsCrcOfTheWholeObject(string algorithmName)
    {
        var algorithm = Enum.Parse<ChecksumAlgorithm>(algorithmName);
        var random = new Random(11);
        var sizes = new[] { 5 * 1024 * 1024 + 3, 1, 70_000, 0, 12_345 };
        var parts = sizes.Select(size =>
        {
            var bytes = new byte[size];
            random.NextBytes(bytes);
            return bytes;
        }).ToList();
        var whole = ChecksumAlgorithms.CreateHasher(algorithm);
        foreach (var part in parts)
        {
            whole.Append(part);
        }

        var pieces = parts.Select(part =>
        {
            var hasher = ChecksumAlgorithms.CreateHasher(algorithm);
            hasher.Append(part);
            return (hasher.GetValue(), (long)part.Length);
        }).ToList();
        var combined = CrcCombiner.Combine(algorithm, pieces);

        Assert.Equal(whole.GetValue(), combined);
    }
}
