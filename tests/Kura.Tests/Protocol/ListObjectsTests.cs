using System.Net;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Protocol;

/// <summary>
/// ListObjects edge cases: max-keys=0, encoding-type=url, prefixes counted in max-keys.
/// </summary>
public sealed class ListObjectsTests : IClassFixture<KuraServer>, IAsyncLifetime
{
    private static readonly string[] Keys = ["a/1", "a/2", "b/1", "c", "d/1", "e f/日本", "g+h"];
    private readonly RawS3Client _client;
    private readonly string _bucket = BucketNames.Unique("list");

    /// <summary>Uses the class's server.</summary>
    public ListObjectsTests(KuraServer server) => _client = new RawS3Client(server);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await _client.CreateBucketAsync(_bucket);
        foreach (var key in Keys)
        {
            await _client.PutObjectAsync(_bucket, key, TestData.RandomBytes(8));
        }
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public async Task ListObjects_MaxKeysZero_ReturnsNoKeys(string listType)
    {
        // Act
        var response = await ListAsync(("list-type", listType), ("max-keys", "0"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Values("Key"));
        Assert.DoesNotContain(response.Values("Prefix"), p => p.Length > 0);
    }

    [Fact]
    public async Task ListObjectsV2_EncodingTypeUrl_KeysComeBackEncodedAndDecodeExactly()
    {
        // Act
        var response = await ListAsync(("list-type", "2"), ("encoding-type", "url"));
        var keys = response.Values("Key");

        // Assert
        Assert.Equal("url", response.Values("EncodingType").Single());
        Assert.Contains(keys, k => k.StartsWith("e%20f/", StringComparison.Ordinal));
        Assert.DoesNotContain("e f/日本", keys);
        Assert.Equal(Keys, keys.Select(Uri.UnescapeDataString));
    }

    [Fact]
    public async Task ListObjectsV2_DelimiterMaxKeysTwo_CountsCommonPrefixesAndPagesThroughAll()
    {
        // Arrange
        var entries = new List<string>();
        string? token = null;

        // Act
        for (var page = 0; page < 10; page++)
        {
            var query = new List<(string, string)>
            {
                ("list-type", "2"), ("delimiter", "/"), ("max-keys", "2"),
            };
            if (token is not null)
            {
                query.Add(("continuation-token", token));
            }

            var response = await ListAsync([.. query]);
            var prefixes = response.Values("Prefix").Where(p => p.Length > 0);
            var onPage = response.Values("Key").Concat(prefixes).ToList();
            Assert.True(onPage.Count <= 2, response.ToString());
            entries.AddRange(onPage);
            token = response.Values("NextContinuationToken").FirstOrDefault();
            if (token is null)
            {
                break;
            }
        }

        // Assert
        Assert.Equal(["a/", "b/", "c", "d/", "e f/", "g+h"], entries.Order(StringComparer.Ordinal));
    }

    private Task<RawResponse> ListAsync(params (string, string)[] query) =>
        _client.SendAsync(new RawRequest { Bucket = _bucket, Query = RawRequest.QueryOf(query) });
}
