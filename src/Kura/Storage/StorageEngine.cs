using System.Collections.Concurrent;
using Kura.Storage.Checksums;
using Kura.Storage.Index;

namespace Kura.Storage;

/// <summary>
/// Kura's disk engine: bodies are staged, synced and moved into place before the index commit
/// that makes them visible, so an acknowledged write survives a crash and a torn one is never
/// listed. See docs/storage-engine.md for the design.
/// </summary>
internal sealed partial class StorageEngine : IDisposable
{
    private readonly DataDirectory _directory;
    private readonly ObjectIndex _index;
    private readonly BlobStager _stager;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, BucketInfo> _buckets = new(StringComparer.Ordinal);

    private StorageEngine(DataDirectory directory, ObjectIndex index, ILogger logger)
    {
        _directory = directory;
        _index = index;
        _stager = new BlobStager(directory);
        _logger = logger;
    }

    /// <summary>The folder being served.</summary>
    public string Root => _directory.Root;

    /// <summary>Opens (or creates) the engine on a folder and recovers from an unclean stop.</summary>
    public static StorageEngine Open(string root, ILogger logger)
    {
        var directory = new DataDirectory(root);
        directory.EnsureCreated();
        var firstStart = !File.Exists(directory.IndexFile);
        var index = new ObjectIndex(directory.IndexFile);
        var engine = new StorageEngine(directory, index, logger);
        try
        {
            engine.Recover(firstStart);
            return engine;
        }
        catch
        {
            engine.Dispose();
            throw;
        }
    }

    /// <summary>Objects up to this size are kept in their index row instead of a blob file.</summary>
    public const int InlineLimit = 64 * 1024;

    /// <summary>
    /// Streams an object's body into the staging area; commit it with <see cref="CommitObjectAsync"/>.
    /// </summary>
    public Task<StagedBlob> StageAsync(
        Stream body,
        IReadOnlyCollection<ChecksumAlgorithm> algorithms,
        long maxLength,
        CancellationToken cancellationToken) =>
        Guard(() => _stager.StageAsync(body, algorithms, maxLength, InlineLimit, cancellationToken));

    /// <summary>
    /// Streams a part's body into a staging file; parts always become files, since completion links them.
    /// </summary>
    public Task<StagedBlob> StagePartAsync(
        Stream body,
        IReadOnlyCollection<ChecksumAlgorithm> algorithms,
        long maxLength,
        CancellationToken cancellationToken) =>
        Guard(() => _stager.StageAsync(body, algorithms, maxLength, -1, cancellationToken));

    /// <summary>Opens the bytes [offset, offset + length) of an object for reading.</summary>
    public Stream OpenRead(ObjectInfo info, long offset, long length) =>
        info.InlineData is { } data
            ? new MemoryStream(data, (int)offset, (int)length, writable: false)
            : SegmentedReadStream.Open(_directory, info.Segments, offset, length);

    /// <summary>Marks a graceful stop so the next start can skip the orphan sweep.</summary>
    public void Dispose()
    {
        _index.Dispose();
        try
        {
            File.WriteAllText(_directory.CleanShutdownMarker, DateTimeOffset.UtcNow.ToString("O"));
        }
        catch (IOException e)
        {
            Log.CleanShutdownMarkerFailed(_logger, e);
        }
    }

    /// <summary>Deletes the files of blobs that a commit just orphaned.</summary>
    private void DeleteBlobs(IReadOnlyList<string> blobs)
    {
        foreach (var blob in blobs)
        {
            try
            {
                File.Delete(_directory.BlobPath(blob));
            }
            catch (IOException e)
            {
                // The garbage table still lists it; the next collection retries.
                Log.BlobDeleteFailed(_logger, blob, e);
            }
        }
    }

    /// <summary>Turns a full disk into the engine's own error so the client hears a clear one.</summary>
    private static async Task<T> Guard<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation();
        }
        catch (IOException e) when (IsDiskFull(e))
        {
            throw new StorageException(StorageErrorCode.StorageFull, "no space left on the data volume", e);
        }
    }

    private static bool IsDiskFull(IOException e) =>
        (e.HResult & 0xFFFF) == 28 || e.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase);
}
