using Kura.Protocol;

namespace Kura.Tests.Protocol;

public class ByteRangeTests
{
    [Theory]
    [InlineData("bytes=0-9", 100, 0, 10)]
    [InlineData("bytes=90-", 100, 90, 10)]
    [InlineData("bytes=-5", 100, 95, 5)]
    [InlineData("bytes=-500", 100, 0, 100)]
    [InlineData("bytes=50-5000", 100, 50, 50)]
    [InlineData("bytes=99-99", 100, 99, 1)]
    public void Parse_SatisfiableRange_GivesStartAndLength(string header, long size, long start, long length)
    {
        var range = ByteRange.Parse(header, size);

        Assert.Equal(new ByteRange(start, length), range);
    }

    [Theory]
    [InlineData("bytes=100-", 100)]
    [InlineData("bytes=200-300", 100)]
    [InlineData("bytes=-0", 100)]
    [InlineData("bytes=0-", 0)]
    public void Parse_UnsatisfiableRange_IsInvalidRangeWithContentRange(string header, long size)
    {
        var error = Assert.Throws<S3Exception>(() => ByteRange.Parse(header, size));

        Assert.Equal(416, error.Error.Status);
        Assert.Contains(("Content-Range", $"bytes */{size}"), error.Headers);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("bytes=0-1,5-6")]
    [InlineData("items=0-1")]
    [InlineData("bytes=5-1")]
    [InlineData("bytes=x-")]
    public void Parse_RangeS3Ignores_MeansWholeObject(string? header)
    {
        Assert.Null(ByteRange.Parse(header, 100));
    }
}
