using System.Security.Cryptography;
using System.Text;
using Kura.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kura.Tests.Storage;

/// <summary>What start-up does with what an unclean stop left behind.</summary>
public sealed class RecoveryTests : IDisposable
{
    private readonly TempDataDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Open_AfterUncleanStop_RemovesStagedFilesAndOrphansButKeepsObjects()
    {
        var body = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("kept across the crash ", 5000)));
        var engine = StorageEngine.Open(_directory.Path, NullLogger.Instance);
        await engine.CreateBucketAsync("bucket", CancellationToken.None);
        await PutAsync(engine, "kept", body);
        engine.Dispose();

        var system = Path.Combine(_directory.Path, ".kura");
        File.Delete(Path.Combine(system, "clean-shutdown"));
        var staged = Path.Combine(system, "tmp", new string('1', 32));
        var orphan = Path.Combine(system, "blobs", "ab", "ab" + new string('2', 30));
        File.WriteAllText(staged, "half an upload");
        File.WriteAllText(orphan, "renamed but never committed");

        using var reopened = StorageEngine.Open(_directory.Path, NullLogger.Instance);

        Assert.False(File.Exists(staged));
        Assert.False(File.Exists(orphan));
        var info = reopened.GetObject("bucket", "kept");
        await using var read = reopened.OpenRead(info, 0, info.Size);
        var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal(SHA256.HashData(body), SHA256.HashData(copy.ToArray()));
    }

    [Fact]
    public async Task Overwrite_ReplacedBlob_IsDeletedFromDisk()
    {
        using var engine = StorageEngine.Open(_directory.Path, NullLogger.Instance);
        await engine.CreateBucketAsync("bucket", CancellationToken.None);
        var first = await PutAsync(engine, "key", new byte[StorageEngine.InlineLimit + 1]);

        await PutAsync(engine, "key", [4, 5, 6]);

        var blob = first.Segments[0].BlobId;
        Assert.False(File.Exists(Path.Combine(_directory.Path, ".kura", "blobs", blob[..2], blob)));
    }

    [Fact]
    public async Task ConditionalPut_KeyExists_IsRefusedAndLeavesNoBlob()
    {
        using var engine = StorageEngine.Open(_directory.Path, NullLogger.Instance);
        await engine.CreateBucketAsync("bucket", CancellationToken.None);
        await PutAsync(engine, "key", new byte[StorageEngine.InlineLimit + 1]);
        var blobsBefore = CountBlobs();

        var error = await Assert.ThrowsAsync<StorageException>(
            () => PutAsync(
                engine,
                "key",
                new byte[StorageEngine.InlineLimit + 2],
                new WriteCondition(MustNotExist: true, null)));

        Assert.Equal(StorageErrorCode.PreconditionFailed, error.Code);
        Assert.Equal(blobsBefore, CountBlobs());
    }

    private int CountBlobs() =>
        Directory.EnumerateFiles(
                Path.Combine(_directory.Path, ".kura", "blobs"),
                "*",
                SearchOption.AllDirectories)
            .Count();

    private static async Task<ObjectInfo> PutAsync(
        StorageEngine engine,
        string key,
        byte[] body,
        WriteCondition? condition = null)
    {
        using var staged = await engine.StageAsync(new MemoryStream(body), [], long.MaxValue, CancellationToken.None);
        return await engine.CommitObjectAsync(
            "bucket",
            key,
            staged,
            new ObjectMetadata(),
            null,
            condition ?? WriteCondition.None,
            CancellationToken.None);
    }
}
