using Kura.Storage.Checksums;
using Microsoft.Data.Sqlite;

namespace Kura.Storage.Index;

internal sealed partial class ObjectIndex
{
    private const string UploadColumns =
        "u.upload_id, b.name, u.key, u.initiated_ms, u.metadata, u.checksum_algorithm, u.checksum_type";

    public Task CreateUploadAsync(UploadInfo upload, CancellationToken cancellationToken) =>
        WriteAsync((connection, transaction) =>
        {
            var bucket = FindBucket(connection, transaction, upload.Bucket)
                ?? throw new StorageException(StorageErrorCode.NoSuchBucket);
            using var insert = connection.Command(
                "INSERT INTO uploads(upload_id, bucket_id, key, initiated_ms, metadata, checksum_algorithm, " +
                "checksum_type) VALUES ($id, $b, $k, $at, $metadata, $calg, $ctype)", transaction);
            insert.With("$id", upload.UploadId).With("$b", bucket.Id).With("$k", KeyBytes(upload.Key))
                .With("$at", upload.Initiated.ToIndexTime()).With("$metadata", upload.Metadata.ToJson())
                .With("$calg", (int)upload.ChecksumAlgorithm).With("$ctype", upload.ChecksumType)
                .ExecuteNonQuery();
            return 0;
        }, cancellationToken);

    public UploadInfo? GetUpload(string bucket, string key, string uploadId)
    {
        using var connection = OpenReader();
        return GetUpload(connection, null, bucket, key, uploadId);
    }

    /// <summary>Records a part, replacing an earlier one with the same number; returns garbage.</summary>
    public Task<IReadOnlyList<string>> PutPartAsync(
        UploadInfo upload,
        PartInfo part,
        CancellationToken cancellationToken) =>
        WriteAsync<IReadOnlyList<string>>((connection, transaction) =>
        {
            _ = GetUpload(connection, transaction, upload.Bucket, upload.Key, upload.UploadId)
                ?? throw new StorageException(StorageErrorCode.NoSuchUpload);
            var garbage = CollectBlobs(connection, transaction,
                $"SELECT blob FROM parts WHERE upload_id = $b AND part_number = {part.PartNumber}", upload.UploadId);
            using var insert = connection.Command(
                "INSERT OR REPLACE INTO parts(upload_id, part_number, size, etag, modified_ms, blob, checksum) " +
                "VALUES ($id, $n, $size, $etag, $at, $blob, $checksum)", transaction);
            insert.With("$id", upload.UploadId).With("$n", part.PartNumber).With("$size", part.Size)
                .With("$etag", part.ETag).With("$at", part.LastModified.ToIndexTime())
                .With("$blob", part.BlobId).With("$checksum", part.Checksum).ExecuteNonQuery();
            AddGarbage(connection, transaction, garbage);
            return garbage;
        }, cancellationToken);

    public IReadOnlyList<PartInfo> ListParts(string uploadId, int afterPartNumber, int limit)
    {
        using var connection = OpenReader();
        return ListParts(connection, null, uploadId, afterPartNumber, limit);
    }

    /// <summary>
    /// Turns an upload into an object in one transaction: <paramref name="build"/> sees the
    /// upload's parts and returns the object, or throws to refuse. Unused parts and the replaced
    /// object's blobs become garbage.
    /// </summary>
    public Task<(ObjectInfo Object, IReadOnlyList<string> Garbage)> CompleteUploadAsync(
        UploadInfo upload,
        Func<IReadOnlyList<PartInfo>, ObjectInfo> build,
        WriteCondition condition,
        CancellationToken cancellationToken) =>
        WriteAsync<(ObjectInfo, IReadOnlyList<string>)>((connection, transaction) =>
        {
            var bucket = FindBucket(connection, transaction, upload.Bucket)
                ?? throw new StorageException(StorageErrorCode.NoSuchBucket);
            _ = GetUpload(connection, transaction, upload.Bucket, upload.Key, upload.UploadId)
                ?? throw new StorageException(StorageErrorCode.NoSuchUpload);
            var parts = ListParts(connection, transaction, upload.UploadId, 0, int.MaxValue);
            var info = build(parts);
            var key = KeyBytes(upload.Key);
            var existing = GetObject(connection, transaction, bucket.Id, key);
            condition.Check(existing);

            InsertObject(connection, transaction, bucket.Id, key, info);
            var used = info.Segments.Select(s => s.BlobId).ToHashSet(StringComparer.Ordinal);
            var garbage = parts.Select(p => p.BlobId).Where(b => !used.Contains(b))
                .Concat(existing?.Segments.Select(s => s.BlobId) ?? []).ToList();
            DeleteUpload(connection, transaction, upload.UploadId);
            RememberCompletion(connection, transaction, upload.UploadId, bucket.Id, key, info);
            AddGarbage(connection, transaction, garbage);
            return (info, garbage);
        }, cancellationToken);

    /// <summary>Drops an upload and its parts; returns the part blobs, now garbage.</summary>
    public Task<IReadOnlyList<string>> AbortUploadAsync(UploadInfo upload, CancellationToken cancellationToken) =>
        WriteAsync<IReadOnlyList<string>>((connection, transaction) =>
        {
            var garbage = CollectBlobs(connection, transaction,
                "SELECT blob FROM parts WHERE upload_id = $b", upload.UploadId);
            DeleteUpload(connection, transaction, upload.UploadId);
            AddGarbage(connection, transaction, garbage);
            return garbage;
        }, cancellationToken);

    /// <summary>Unfinished uploads of a bucket in key order, then by initiation time.</summary>
    public IReadOnlyList<UploadInfo> ListUploads(string bucket, string prefix, string? keyMarker,
        string? uploadIdMarker, int limit)
    {
        using var connection = OpenReader();
        using var command = connection.Command(
            $"SELECT {UploadColumns} FROM uploads u JOIN buckets b ON b.id = u.bucket_id " +
            "WHERE b.name = $bucket AND u.key >= $prefix " +
            "AND (u.key > $marker OR (u.key = $marker AND u.upload_id > $idmarker)) " +
            "ORDER BY u.key, u.upload_id LIMIT $limit");
        command.With("$bucket", bucket).With("$prefix", KeyBytes(prefix))
            .With("$marker", KeyBytes(keyMarker ?? ""))
            .With("$idmarker", uploadIdMarker ?? (keyMarker is null ? "" : "\uffff"))
            .With("$limit", limit);
        using var reader = command.ExecuteReader();
        var uploads = new List<UploadInfo>();
        while (reader.Read())
        {
            var upload = ReadUpload(reader);
            if (!upload.Key.StartsWith(prefix, StringComparison.Ordinal))
            {
                break;
            }

            uploads.Add(upload);
        }

        return uploads;
    }

    private static UploadInfo? GetUpload(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string bucket,
        string key,
        string uploadId)
    {
        using var command = connection.Command(
            $"SELECT {UploadColumns} FROM uploads u JOIN buckets b ON b.id = u.bucket_id " +
            "WHERE u.upload_id = $id AND b.name = $bucket AND u.key = $k", transaction);
        using var reader = command.With("$id", uploadId).With("$bucket", bucket).With("$k", KeyBytes(key))
            .ExecuteReader();
        return reader.Read() ? ReadUpload(reader) : null;
    }

    private static UploadInfo ReadUpload(SqliteDataReader reader) => new()
    {
        UploadId = reader.GetString(0),
        Bucket = reader.GetString(1),
        Key = KeyString((byte[])reader.GetValue(2)),
        Initiated = reader.GetTime(3),
        Metadata = ObjectMetadata.FromJson(reader.GetString(4)),
        ChecksumAlgorithm = (ChecksumAlgorithm)reader.GetInt32(5),
        ChecksumType = reader.GetNullableString(6),
    };

    private static List<PartInfo> ListParts(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string uploadId,
        int afterPartNumber,
        int limit)
    {
        using var command = connection.Command(
            "SELECT part_number, size, etag, modified_ms, blob, checksum FROM parts " +
            "WHERE upload_id = $id AND part_number > $after ORDER BY part_number LIMIT $limit", transaction);
        using var reader = command.With("$id", uploadId).With("$after", afterPartNumber).With("$limit", limit)
            .ExecuteReader();
        var parts = new List<PartInfo>();
        while (reader.Read())
        {
            parts.Add(new PartInfo
            {
                PartNumber = reader.GetInt32(0),
                Size = reader.GetInt64(1),
                ETag = reader.GetString(2),
                LastModified = reader.GetTime(3),
                BlobId = reader.GetString(4),
                Checksum = reader.GetNullableString(5),
            });
        }

        return parts;
    }

    private static void DeleteUpload(SqliteConnection connection, SqliteTransaction transaction, string uploadId)
    {
        Run(connection, transaction, "DELETE FROM parts WHERE upload_id = $b", uploadId);
        Run(connection, transaction, "DELETE FROM uploads WHERE upload_id = $b", uploadId);
    }
}
