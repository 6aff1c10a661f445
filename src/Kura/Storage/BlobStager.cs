using System.Buffers;
using System.Security.Cryptography;
using Kura.Storage.Checksums;

namespace Kura.Storage;

/// <summary>
/// Streams a request body into a staging file through pooled buffers, hashing as it goes, and
/// syncs the file before returning: nothing is ever held whole in memory.
/// </summary>
internal sealed class BlobStager(DataDirectory directory)
{
    private const int BufferSize = 256 * 1024;

    /// <summary>Copies <paramref name="body"/> to a new staging file and syncs it.</summary>
    /// <param name="body">The decoded body; it may throw mid-way (bad signature, short body).</param>
    /// <param name="algorithms">Extra checksums to compute besides MD5.</param>
    /// <param name="maxLength">Bodies longer than this fail with <see cref="StorageErrorCode.EntityTooLarge"/>.</param>
    /// <param name="cancellationToken">Ends the copy when the client goes away.</param>
    public async Task<StagedBlob> StageAsync(
        Stream body,
        IReadOnlyCollection<ChecksumAlgorithm> algorithms,
        long maxLength,
        CancellationToken cancellationToken)
    {
        var blobId = BlobIds.New();
        var path = directory.StagingPath(blobId);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        var hashers = algorithms.Distinct().ToDictionary(a => a, ChecksumAlgorithms.CreateHasher);
        long length = 0;
        try
        {
            await using (var file = OpenStagingFile(path))
            {
                int read;
                while ((read = await body.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
                {
                    length += read;
                    if (length > maxLength)
                    {
                        throw new StorageException(StorageErrorCode.EntityTooLarge);
                    }

                    var chunk = buffer.AsSpan(0, read);
                    md5.AppendData(chunk);
                    foreach (var hasher in hashers.Values)
                    {
                        hasher.Append(chunk);
                    }

                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                file.Flush(flushToDisk: true);
            }

            var checksums = hashers.ToDictionary(pair => pair.Key, pair => pair.Value.GetValue());
            return new StagedBlob(directory, blobId, length, md5.GetHashAndReset(), checksums);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static FileStream OpenStagingFile(string path) => new(
        path,
        new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            BufferSize = 0,
            Options = FileOptions.Asynchronous,
        });
}
