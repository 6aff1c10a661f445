using System.Net;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Console;

/// <summary>Keys made in the console are limited on the S3 API too.</summary>
public sealed class AccessKeyLimitTests(KuraServer server) : IClassFixture<KuraServer>
{
    [LocalServerFact]
    public async Task PrefixLimitedKey_OutsideItsBucketOrPrefix_IsAccessDenied()
    {
        // Arrange
        using var root = new RawS3Client(server);
        var bucket = BucketNames.Unique("limited");
        var other = BucketNames.Unique("other");
        await root.CreateBucketAsync(bucket);
        await root.CreateBucketAsync(other);
        await root.PutObjectAsync(bucket, "team/a.txt", [1]);
        await root.PutObjectAsync(bucket, "private/b.txt", [2]);
        using var console = new ConsoleApi(server);
        var key = await console.PostAsync("api/keys", new { bucket, prefix = "team/", readOnly = false });
        var (id, secret) = (key.GetProperty("accessKey").GetString()!, key.GetProperty("secretKey").GetString()!);

        // Act
        var inside = await Send(root, HttpMethod.Get, bucket, "team/a.txt", id, secret);
        var write = await Send(root, HttpMethod.Put, bucket, "team/new.txt", id, secret);
        var outsidePrefix = await Send(root, HttpMethod.Get, bucket, "private/b.txt", id, secret);
        var outsideWrite = await Send(root, HttpMethod.Put, bucket, "private/c.txt", id, secret);
        var otherBucket = await Send(root, HttpMethod.Get, other, null, id, secret);

        // Assert
        Assert.Equal(HttpStatusCode.OK, inside.Status);
        Assert.Equal(HttpStatusCode.OK, write.Status);
        Assert.Equal("AccessDenied", outsidePrefix.ErrorCode);
        Assert.Equal("AccessDenied", outsideWrite.ErrorCode);
        Assert.Equal("AccessDenied", otherBucket.ErrorCode);
        Assert.False(await root.ObjectExistsAsync(bucket, "private/c.txt"));
    }

    [LocalServerFact]
    public async Task ReadOnlyKey_Writing_IsAccessDeniedAndChangesNothing()
    {
        // Arrange
        using var root = new RawS3Client(server);
        var bucket = BucketNames.Unique("readonly");
        await root.CreateBucketAsync(bucket);
        await root.PutObjectAsync(bucket, "kept.txt", [7]);
        using var console = new ConsoleApi(server);
        var key = await console.PostAsync("api/keys", new { bucket, readOnly = true });
        var (id, secret) = (key.GetProperty("accessKey").GetString()!, key.GetProperty("secretKey").GetString()!);

        // Act
        var read = await Send(root, HttpMethod.Get, bucket, "kept.txt", id, secret);
        var put = await Send(root, HttpMethod.Put, bucket, "new.txt", id, secret);
        var delete = await Send(root, HttpMethod.Delete, bucket, "kept.txt", id, secret);

        // Assert
        Assert.Equal([7], read.Body);
        Assert.Equal("AccessDenied", put.ErrorCode);
        Assert.Equal("AccessDenied", delete.ErrorCode);
        Assert.True(await root.ObjectExistsAsync(bucket, "kept.txt"));
        Assert.False(await root.ObjectExistsAsync(bucket, "new.txt"));
    }

    [LocalServerFact]
    public async Task DisabledKey_Signing_IsInvalidAccessKeyId()
    {
        // Arrange
        using var root = new RawS3Client(server);
        using var console = new ConsoleApi(server);
        var key = await console.PostAsync("api/keys", new { description = "to disable" });
        var (id, secret) = (key.GetProperty("accessKey").GetString()!, key.GetProperty("secretKey").GetString()!);
        var before = await root.SendAsync(new RawRequest { AccessKey = id, SecretKey = secret });

        // Act
        await console.SendAsync(HttpMethod.Patch, $"api/keys/{id}", new { enabled = false });
        var after = await root.SendAsync(new RawRequest { AccessKey = id, SecretKey = secret });

        // Assert
        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.Equal("InvalidAccessKeyId", after.ErrorCode);
    }

    private static Task<RawResponse> Send(
        RawS3Client client,
        HttpMethod method,
        string bucket,
        string? key,
        string id,
        string secret) =>
        client.SendAsync(new RawRequest
        {
            Method = method,
            Bucket = bucket,
            Key = key,
            Body = method == HttpMethod.Put ? [9, 9] : null,
            AccessKey = id,
            SecretKey = secret,
        });
}
