using Kura.Storage.Checksums;

namespace Kura.Storage;

/// <summary>
/// A body written and synced to the staging area but not yet part of any object. Disposing it
/// without committing removes the file, so a refused upload leaves nothing behind.
/// </summary>
internal sealed class StagedBlob : IDisposable
{
    private readonly DataDirectory _directory;
    private bool _committed;

    public StagedBlob(
        DataDirectory directory,
        string blobId,
        long length,
        byte[] md5,
        IReadOnlyDictionary<ChecksumAlgorithm, byte[]> checksums,
        byte[]? inlineData = null)
    {
        InlineData = inlineData;
        _directory = directory;
        BlobId = blobId;
        Length = length;
        Md5 = md5;
        Checksums = checksums;
    }

    public string BlobId { get; }

    /// <summary>The body itself when it is small enough to be kept in the index; no file exists then.</summary>
    public byte[]? InlineData { get; }

    public long Length { get; }

    public byte[] Md5 { get; }

    /// <summary>The checksums computed while the body streamed in, big-endian bytes.</summary>
    public IReadOnlyDictionary<ChecksumAlgorithm, byte[]> Checksums { get; }

    /// <summary>The ETag of a single-part object: the hex MD5 of its bytes.</summary>
    public string ETag => Convert.ToHexStringLower(Md5);

    /// <summary>Moves the blob to its final place and syncs the folder entry.</summary>
    public void MoveIntoPlace()
    {
        if (InlineData is not null)
        {
            return;
        }

        File.Move(_directory.StagingPath(BlobId), _directory.BlobPath(BlobId));
        Durability.SyncDirectory(_directory.BlobFolder(BlobId));
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed && InlineData is null)
        {
            TryDelete(_directory.StagingPath(BlobId));
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Start-up recovery empties the staging area, so a file left here is only space.
        }
    }
}
