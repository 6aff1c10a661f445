using System.Net;
using System.Text;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Protocol;

/// <summary>Keys are opaque UTF-8 up to 1024 bytes; look-alike keys stay distinct.</summary>
public sealed class KeyNamingTests : IClassFixture<KuraServer>, IAsyncLifetime
{
    private static readonly string[] LookAlikeKeys =
    [
        "a/b", "a//b", "/a", "a", "dir/", "dir", "../up", "x/../y", "./here", "日本語/ファイル名.txt",
        "space key", "plus+key", "percent%20key", "question?key", "hash#key",
    ];

    private readonly RawS3Client _client;
    private readonly string _bucket = BucketNames.Unique("keys");

    /// <summary>Uses the class's server.</summary>
    public KeyNamingTests(KuraServer server) => _client = new RawS3Client(server);

    /// <inheritdoc />
    public Task InitializeAsync() => _client.CreateBucketAsync(_bucket);

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task PutObject_LookAlikeKeys_EachReadsBackItsOwnBytesAndListsExactly()
    {
        // Arrange
        var bodies = LookAlikeKeys.ToDictionary(
            k => k,
            k => Encoding.UTF8.GetBytes("content of " + k));

        // Act
        foreach (var (key, body) in bodies)
        {
            await _client.PutObjectAsync(_bucket, key, body);
        }

        var listed = await _client.ListKeysAsync(_bucket);

        // Assert
        foreach (var (key, body) in bodies)
        {
            var got = await _client.GetObjectAsync(_bucket, key);
            Assert.True(got.Status == HttpStatusCode.OK, $"{key}: {got}");
            Assert.Equal(Encoding.UTF8.GetString(body), got.Text);
        }

        Assert.Equal(LookAlikeKeys.Order(StringComparer.Ordinal), listed);
    }

    [Fact]
    public async Task PutObject_KeyOf1024Bytes_Stored()
    {
        // Arrange
        var key = "k/" + new string('é', 511);

        // Act
        var response = await _client.SendAsync(Put(key));

        // Assert
        Assert.Equal(1024, Encoding.UTF8.GetByteCount(key));
        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.True(await _client.ObjectExistsAsync(_bucket, key));
    }

    [Fact]
    public async Task PutObject_KeyOf1025Bytes_KeyTooLongErrorAndNothingStored()
    {
        // Arrange
        var key = new string('k', 1025);

        // Act
        var response = await _client.SendAsync(Put(key));

        // Assert
        S3Assert.Error(response, HttpStatusCode.BadRequest, "KeyTooLongError");
        var listed = await _client.ListKeysAsync(_bucket);
        Assert.DoesNotContain(listed, k => k.StartsWith("kkk", StringComparison.Ordinal));
    }

    private RawRequest Put(string key) => new()
    {
        Method = HttpMethod.Put,
        Bucket = _bucket,
        Key = key,
        Body = TestData.RandomBytes(64),
    };
}
