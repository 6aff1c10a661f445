using Amazon.S3.Model;
using Kura.Tests.Support;

namespace Kura.Tests.Clients;

/// <summary>Listing with AWSSDK.S3: v1 and v2, prefix, delimiter and pagination.</summary>
public sealed partial class AwsSdkTests
{
    private static readonly string[] ListKeys =
    [
        "a.txt", "photos/2024/jan.jpg", "photos/2024/feb.jpg", "photos/2025/mar.jpg",
        "photos/cover.jpg", "videos/intro.mp4", "z.txt",
    ];

    [Fact]
    public async Task ListObjectsV2_WithDelimiter_ReturnsKeysAndCommonPrefixes()
    {
        // Arrange
        var bucket = await BucketWithListKeysAsync();

        // Act
        var page = await _s3.ListObjectsV2Async(new ListObjectsV2Request
        {
            BucketName = bucket,
            Prefix = "photos/",
            Delimiter = "/",
        });

        // Assert
        Assert.Equal(["photos/cover.jpg"], (page.S3Objects ?? []).Select(o => o.Key));
        Assert.Equal(["photos/2024/", "photos/2025/"], page.CommonPrefixes ?? []);
    }

    [Fact]
    public async Task ListObjectsV2_PagedByTwo_ReturnsEveryKeyOnceInOrder()
    {
        // Arrange
        var bucket = await BucketWithListKeysAsync();
        var seen = new List<string>();
        var request = new ListObjectsV2Request { BucketName = bucket, MaxKeys = 2 };

        // Act
        var pages = 0;
        ListObjectsV2Response page;
        do
        {
            page = await _s3.ListObjectsV2Async(request);
            seen.AddRange((page.S3Objects ?? []).Select(o => o.Key));
            request.ContinuationToken = page.NextContinuationToken;
            pages++;
        }
        while (page.IsTruncated == true && pages < 20);

        // Assert
        Assert.Equal(ListKeys.Order(StringComparer.Ordinal), seen);
        Assert.Equal(4, pages);
    }

    [Fact]
    public async Task ListObjectsV1_PagedWithMarker_ReturnsEveryKeyOnceInOrder()
    {
        // Arrange
        var bucket = await BucketWithListKeysAsync();
        var seen = new List<string>();
        var request = new ListObjectsRequest { BucketName = bucket, MaxKeys = 3 };

        // Act
        ListObjectsResponse page;
        do
        {
            page = await _s3.ListObjectsAsync(request);
            var keys = (page.S3Objects ?? []).Select(o => o.Key).ToList();
            seen.AddRange(keys);
            request.Marker = page.NextMarker ?? keys.LastOrDefault();
        }
        while (page.IsTruncated == true && seen.Count < 50);

        // Assert
        Assert.Equal(ListKeys.Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task ListObjectsV1_WithPrefixAndDelimiter_GroupsSubfolders()
    {
        // Arrange
        var bucket = await BucketWithListKeysAsync();

        // Act
        var page = await _s3.ListObjectsAsync(new ListObjectsRequest
        {
            BucketName = bucket,
            Delimiter = "/",
        });

        // Assert
        Assert.Equal(["a.txt", "z.txt"], (page.S3Objects ?? []).Select(o => o.Key));
        Assert.Equal(["photos/", "videos/"], page.CommonPrefixes ?? []);
    }

    private async Task<string> BucketWithListKeysAsync()
    {
        var bucket = await NewBucketAsync();
        foreach (var key in ListKeys)
        {
            await PutAsync(bucket, key, TestData.RandomBytes(16));
        }

        return bucket;
    }
}
