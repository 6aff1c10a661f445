using System.Text;
using Kura.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kura.Tests.Storage;

/// <summary>
/// Listing, checked page by page against a model computed independently: sort the keys by their
/// UTF-8 bytes, roll up by delimiter, then cut pages.
/// </summary>
public sealed class ListingTests : IDisposable
{
    private static readonly string[] Keys =
    [
        "a", "a/", "a//b", "a/b", "a/b/c", "a/c", "ab", "b/1", "b/2", "b/3/x", "/a", "dir/", "dir/sub/x",
        "日本語/ファイル.txt", "日本語/写真.jpg", "z", "z~", "Z", "a b", "a+b", "a%2Fb",
        "ü", "../etc/passwd",
    ];

    private readonly TempDataDirectory _directory = new();
    private readonly StorageEngine _engine;

    public ListingTests()
    {
        _engine = StorageEngine.Open(_directory.Path, NullLogger.Instance);
    }

    public void Dispose()
    {
        _engine.Dispose();
        _directory.Dispose();
    }

    [Theory]
    [InlineData("", null, 1000)]
    [InlineData("", "/", 1000)]
    [InlineData("", "/", 2)]
    [InlineData("a", "/", 1)]
    [InlineData("a/", "/", 3)]
    [InlineData("", null, 3)]
    [InlineData("日本語/", "/", 1)]
    [InlineData("", "b", 2)]
    public async Task List_EveryPage_MatchesTheModel(string prefix, string? delimiter, int maxKeys)
    {
        await SeedAsync();
        var expected = Model(prefix, delimiter);

        var listed = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = _engine.List("bucket", new ListRequest(prefix, delimiter, after, maxKeys));
            var entries = page.Objects.Select(o => o.Key).Concat(page.CommonPrefixes).ToList();
            Assert.True(entries.Count <= maxKeys);
            listed.AddRange(entries.OrderBy(e => Encoding.UTF8.GetBytes(e), ByteOrder.Instance));
            pages++;
            if (!page.IsTruncated)
            {
                break;
            }

            after = page.LastReturned;
        }

        Assert.Equal(expected, listed);
        Assert.Equal(Math.Max(1, (int)Math.Ceiling(expected.Count / (double)maxKeys)), pages);
    }

    [Fact]
    public async Task List_MaxKeysZero_ReturnsNothingAndIsNotTruncated()
    {
        await SeedAsync();

        var page = _engine.List("bucket", new ListRequest("", null, null, 0));

        Assert.Empty(page.Objects);
        Assert.False(page.IsTruncated);
    }

    private static List<string> Model(string prefix, string? delimiter)
    {
        var entries = new SortedSet<string>(Comparer<string>.Create(
            (x, y) => ByteOrder.Instance.Compare(Encoding.UTF8.GetBytes(x), Encoding.UTF8.GetBytes(y))));
        foreach (var key in Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var rest = key[prefix.Length..];
            var at = delimiter is null ? -1 : rest.IndexOf(delimiter, StringComparison.Ordinal);
            entries.Add(at < 0 ? key : prefix + rest[..(at + delimiter!.Length)]);
        }

        return [.. entries];
    }

    private async Task SeedAsync()
    {
        await _engine.CreateBucketAsync("bucket", CancellationToken.None);
        foreach (var key in Keys)
        {
            using var staged = await _engine.StageAsync(
                new MemoryStream(Encoding.UTF8.GetBytes(key)), [], long.MaxValue, CancellationToken.None);
            await _engine.CommitObjectAsync(
                "bucket", key, staged, new ObjectMetadata(), null, WriteCondition.None, CancellationToken.None);
        }
    }

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
