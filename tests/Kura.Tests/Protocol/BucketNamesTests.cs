using Kura.Protocol;

namespace Kura.Tests.Protocol;

public class BucketNamesTests
{
    [Theory]
    [InlineData("abc")]
    [InlineData("my-app.bucket-01")]
    [InlineData("a23456789012345678901234567890123456789012345678901234567890123")]
    public void Problem_ValidName_IsNull(string name) => Assert.Null(BucketNames.Problem(name));

    [Theory]
    [InlineData("ab")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    [InlineData("Upper")]
    [InlineData("under_score")]
    [InlineData("-start")]
    [InlineData("end-")]
    [InlineData("two..dots")]
    [InlineData("192.168.1.1")]
    [InlineData("xn--punycode")]
    [InlineData("minio")]
    public void Problem_InvalidName_IsExplained(string name) => Assert.NotNull(BucketNames.Problem(name));
}
