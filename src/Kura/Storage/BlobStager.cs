using System.Buffers;
using System.Diagnostics;
using System.Security.Cryptography;
using Kura.Storage.Checksums;

namespace Kura.Storage;

/// <summary>
/// Streams a request body into a staging file through pooled buffers, hashing as it goes, and
/// syncs the file before returning: nothing is ever held whole in memory. A body that ends
/// within the inline limit never becomes a file: it is returned to be kept in the index row.
/// </summary>
internal sealed class BlobStager(DataDirectory directory)
{
    private const int BufferSize = 256 * 1024;

    /// <summary>How much a large body writes before its write-back to disk is started.</summary>
    private const long WritebackStep = 8 * 1024 * 1024;

    /// <summary>Copies <paramref name="body"/> to a new staging file (or memory) and syncs it.</summary>
    /// <param name="body">The decoded body; it may throw mid-way (bad signature, short body).</param>
    /// <param name="algorithms">Extra checksums to compute besides MD5.</param>
    /// <param name="maxLength">Bodies longer than this fail with <see cref="StorageErrorCode.EntityTooLarge"/>.</param>
    /// <param name="inlineLimit">Bodies up to this many bytes stay in memory, for the index row.</param>
    /// <param name="cancellationToken">Ends the copy when the client goes away.</param>
    public async Task<StagedBlob> StageAsync(
        Stream body,
        IReadOnlyCollection<ChecksumAlgorithm> algorithms,
        long maxLength,
        int inlineLimit,
        CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        var hashers = algorithms.Distinct().ToDictionary(a => a, ChecksumAlgorithms.CreateHasher);
        try
        {
            // Read the head first: most small bodies end inside it and never touch the disk here.
            var filled = await FillAsync(body, buffer, Math.Min(BufferSize, inlineLimit + 1), cancellationToken);
            Hash(buffer.AsSpan(0, filled), md5, hashers);
            CheckLength(filled, maxLength);
            if (filled <= inlineLimit)
            {
                var data = buffer.AsSpan(0, filled).ToArray();
                return new StagedBlob(directory, BlobIds.New(), filled, md5.GetHashAndReset(), Values(hashers), data);
            }

            return await StageFileAsync(body, buffer, filled, md5, hashers, maxLength, cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Writes a body that outgrew the inline limit to a staging file, starting write-back every
    /// few megabytes; a <see cref="TrailingHasher"/> hashes what lands in the file meanwhile.
    /// </summary>
    private async Task<StagedBlob> StageFileAsync(
        Stream body,
        byte[] buffer,
        int head,
        IncrementalHash md5,
        Dictionary<ChecksumAlgorithm, IChecksumHasher> hashers,
        long maxLength,
        CancellationToken cancellationToken)
    {
        var blobId = BlobIds.New();
        var path = directory.StagingPath(blobId);
        using var file = OpenStagingFile(path);
        using var hasher = new TrailingHasher(file.SafeFileHandle, head, md5, hashers.Values);
        try
        {
            file.Write(buffer, 0, head);
            long length = head;
            long writebackFrom = 0;
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                length += read;
                CheckLength(length, maxLength);
                file.Write(buffer, 0, read);
                hasher.Written(length);
                if (length - writebackFrom >= WritebackStep)
                {
                    Durability.StartWriteback(file.SafeFileHandle, writebackFrom, length - writebackFrom);
                    writebackFrom = length;
                }
            }

            // The disk and the hash finish side by side: neither needs the other.
            var lastByte = Stopwatch.GetTimestamp();
            var synced = Task.Run(() => SyncFile(file, lastByte), CancellationToken.None);
            await Task.WhenAll(synced, CompleteHashAsync(hasher, lastByte));
            return new StagedBlob(directory, blobId, length, md5.GetHashAndReset(), Values(hashers));
        }
        catch
        {
            // The hasher reads the file: it must stop before the file goes.
            await hasher.AbandonAsync();
            file.Dispose();
            TryDelete(path);
            throw;
        }
    }

    /// <summary>Reads until <paramref name="count"/> bytes are in or the body ends.</summary>
    private static async Task<int> FillAsync(Stream body, byte[] buffer, int count, CancellationToken cancellationToken)
    {
        var filled = 0;
        int read;
        while (filled < count
            && (read = await body.ReadAsync(buffer.AsMemory(filled, count - filled), cancellationToken)) > 0)
        {
            filled += read;
        }

        return filled;
    }

    private static void SyncFile(FileStream file, long lastByte)
    {
        file.Flush(flushToDisk: true);
        StorageMetrics.StagedFileSynced(Stopwatch.GetElapsedTime(lastByte));
    }

    private static async Task CompleteHashAsync(TrailingHasher hasher, long lastByte)
    {
        await hasher.CompleteAsync();
        StorageMetrics.StagedFileHashed(Stopwatch.GetElapsedTime(lastByte));
    }

    private static void Hash(
        ReadOnlySpan<byte> chunk,
        IncrementalHash md5,
        Dictionary<ChecksumAlgorithm, IChecksumHasher> hashers)
    {
        md5.AppendData(chunk);
        foreach (var hasher in hashers.Values)
        {
            hasher.Append(chunk);
        }
    }

    private static void CheckLength(long length, long maxLength)
    {
        if (length > maxLength)
        {
            throw new StorageException(StorageErrorCode.EntityTooLarge);
        }
    }

    private static Dictionary<ChecksumAlgorithm, byte[]> Values(
        Dictionary<ChecksumAlgorithm, IChecksumHasher> hashers) =>
        hashers.ToDictionary(pair => pair.Key, pair => pair.Value.GetValue());

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

    private static FileStream OpenStagingFile(string path) => new(
        path,
        new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
            BufferSize = 0,
        });
}
