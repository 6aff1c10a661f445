using Kura.Tests.Fixtures;
using Kura.Tests.Support;
using Minio;
using Minio.DataModel.Args;
using Minio.Exceptions;

namespace Kura.Tests.Clients;

/// <summary>The MinIO .NET client at its default settings against a real server.</summary>
public sealed class MinioClientTests : IClassFixture<KuraServer>, IDisposable
{
    private readonly IMinioClient _minio;

    /// <summary>Creates the client for the class's server.</summary>
    public MinioClientTests(KuraServer server) => _minio = S3Clients.Minio(server);

    /// <inheritdoc />
    public void Dispose() => _minio.Dispose();

    [Fact]
    public async Task MakeBucket_ThenExistsThenRemove_ReportsEachState()
    {
        // Arrange
        var bucket = BucketNames.Unique("minio");

        // Act
        var before = await _minio.BucketExistsAsync(new BucketExistsArgs().WithBucket(bucket));
        await _minio.MakeBucketAsync(new MakeBucketArgs().WithBucket(bucket));
        var during = await _minio.BucketExistsAsync(new BucketExistsArgs().WithBucket(bucket));
        await _minio.RemoveBucketAsync(new RemoveBucketArgs().WithBucket(bucket));
        var after = await _minio.BucketExistsAsync(new BucketExistsArgs().WithBucket(bucket));

        // Assert
        Assert.False(before);
        Assert.True(during);
        Assert.False(after);
    }

    [Fact]
    public async Task PutObject_ThenStatAndGet_ReturnsSameBytes()
    {
        // Arrange
        var bucket = await NewBucketAsync();
        var body = TestData.RandomBytes(2 * 1024 * 1024 + 17);
        var received = new MemoryStream();

        // Act
        await PutAsync(bucket, "folder/data.bin", body);
        var stat = await _minio.StatObjectAsync(
            new StatObjectArgs().WithBucket(bucket).WithObject("folder/data.bin"));
        await _minio.GetObjectAsync(new GetObjectArgs()
            .WithBucket(bucket)
            .WithObject("folder/data.bin")
            .WithCallbackStream((stream, token) => stream.CopyToAsync(received, token)));

        // Assert
        Assert.Equal(body.Length, stat.Size);
        Assert.Equal("application/octet-stream", stat.ContentType);
        Assert.Equal(TestData.Sha256(body), TestData.Sha256(received.ToArray()));
    }

    [Fact]
    public async Task RemoveObject_ThenStat_ThrowsObjectNotFound()
    {
        // Arrange
        var bucket = await NewBucketAsync();
        await PutAsync(bucket, "gone", TestData.RandomBytes(100));

        // Act
        await _minio.RemoveObjectAsync(
            new RemoveObjectArgs().WithBucket(bucket).WithObject("gone"));

        // Assert
        await Assert.ThrowsAsync<ObjectNotFoundException>(() => _minio.StatObjectAsync(
            new StatObjectArgs().WithBucket(bucket).WithObject("gone")));
    }

    [Fact]
    public async Task ListObjects_RecursiveAndNot_ReturnsKeysOrPrefixes()
    {
        // Arrange
        var bucket = await NewBucketAsync();
        string[] keys = ["a/1.txt", "a/2.txt", "b/c/3.txt", "top.txt"];
        foreach (var key in keys)
        {
            await PutAsync(bucket, key, TestData.RandomBytes(32));
        }

        // Act
        var recursive = await ListAsync(bucket, recursive: true);
        var shallow = await ListAsync(bucket, recursive: false);

        // Assert
        Assert.Equal(keys, recursive);
        Assert.Equal(["a/", "b/", "top.txt"], shallow.Order(StringComparer.Ordinal));
    }

    private async Task<List<string>> ListAsync(string bucket, bool recursive)
    {
        var names = new List<string>();
        var args = new ListObjectsArgs().WithBucket(bucket).WithRecursive(recursive);
        await foreach (var item in _minio.ListObjectsEnumAsync(args))
        {
            names.Add(item.Key);
        }

        return names;
    }

    private async Task<string> NewBucketAsync()
    {
        var bucket = BucketNames.Unique("minio");
        await _minio.MakeBucketAsync(new MakeBucketArgs().WithBucket(bucket));
        return bucket;
    }

    private Task PutAsync(string bucket, string key, byte[] body) =>
        _minio.PutObjectAsync(new PutObjectArgs()
            .WithBucket(bucket)
            .WithObject(key)
            .WithStreamData(new MemoryStream(body))
            .WithObjectSize(body.Length));
}
