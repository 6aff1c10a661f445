using Kura.Storage.Checksums;
using Microsoft.Data.Sqlite;

namespace Kura.Storage.Index;

internal sealed partial class ObjectIndex
{
    private const string ObjectColumns =
        "key, size, etag, modified_ms, metadata, checksum_algorithm, checksum_value, checksum_type, " +
        "segments, parts_count, inline_data";

    private const string GetObjectSql = $"SELECT {ObjectColumns} FROM objects WHERE bucket_id = $b AND key = $k";

    public ObjectInfo? GetObject(long bucketId, string key)
    {
        var session = RentSession();
        try
        {
            using var reader = session.GetObject(bucketId, KeyBytes(key));
            return reader.Read() ? ReadObject(reader) : null;
        }
        finally
        {
            ReturnSession(session);
        }
    }

    /// <summary>
    /// Records <paramref name="info"/> as the current version of its key, checking the write
    /// conditions inside the transaction so that two racing writers cannot both pass them.
    /// Returns the blobs of the replaced object, now garbage.
    /// </summary>
    public Task<IReadOnlyList<string>> PutObjectAsync(
        string bucket,
        ObjectInfo info,
        WriteCondition condition,
        CancellationToken cancellationToken) =>
        WriteAsync<IReadOnlyList<string>>((connection, transaction) =>
        {
            var bucketInfo = FindBucket(connection, transaction, bucket)
                ?? throw new StorageException(StorageErrorCode.NoSuchBucket);
            var key = KeyBytes(info.Key);
            var existing = GetObject(connection, transaction, bucketInfo.Id, key);
            condition.Check(existing);

            InsertObject(connection, transaction, bucketInfo.Id, key, info);
            var garbage = existing?.Segments.Select(s => s.BlobId).ToList() ?? [];
            AddGarbage(connection, transaction, garbage);
            return garbage;
        }, cancellationToken);

    /// <summary>Removes a key; returns its blobs, now garbage, or none when it did not exist.</summary>
    public Task<IReadOnlyList<string>> DeleteObjectsAsync(
        string bucket,
        IReadOnlyList<string> keys,
        CancellationToken cancellationToken) =>
        WriteAsync<IReadOnlyList<string>>((connection, transaction) =>
        {
            var bucketInfo = FindBucket(connection, transaction, bucket)
                ?? throw new StorageException(StorageErrorCode.NoSuchBucket);
            var garbage = new List<string>();
            foreach (var key in keys)
            {
                var bytes = KeyBytes(key);
                var existing = GetObject(connection, transaction, bucketInfo.Id, bytes);
                if (existing is null)
                {
                    continue;
                }

                using var delete = connection.Command(
                    "DELETE FROM objects WHERE bucket_id = $b AND key = $k", transaction);
                delete.With("$b", bucketInfo.Id).With("$k", bytes).ExecuteNonQuery();
                garbage.AddRange(existing.Segments.Select(s => s.BlobId));
            }

            AddGarbage(connection, transaction, garbage);
            return garbage;
        }, cancellationToken);

    private static void InsertObject(
        SqliteConnection connection,
        SqliteTransaction transaction,
        long bucketId,
        byte[] key,
        ObjectInfo info)
    {
        using var insert = connection.Command(
            $"INSERT OR REPLACE INTO objects(bucket_id, {ObjectColumns}) VALUES " +
            "($b, $k, $size, $etag, $modified, $metadata, $calg, $cval, $ctype, $segments, $parts, $inline)",
            transaction);
        insert.With("$b", bucketId).With("$k", key).With("$size", info.Size).With("$etag", info.ETag)
            .With("$modified", info.LastModified.ToIndexTime()).With("$metadata", info.Metadata.ToJson())
            .With("$calg", info.Checksum is null ? null : (int)info.Checksum.Algorithm)
            .With("$cval", info.Checksum?.Value).With("$ctype", info.Checksum?.Type)
            .With("$segments", Segment.Format(info.Segments)).With("$parts", info.PartsCount)
            .With("$inline", info.InlineData).ExecuteNonQuery();
    }

    private static ObjectInfo? GetObject(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        long bucketId,
        byte[] key)
    {
        using var command = connection.Command(GetObjectSql, transaction);
        using var reader = command.With("$b", bucketId).With("$k", key).ExecuteReader();
        return reader.Read() ? ReadObject(reader) : null;
    }

    private static ObjectInfo ReadObject(SqliteDataReader reader)
    {
        ObjectChecksum? checksum = null;
        if (!reader.IsDBNull(5))
        {
            checksum = new ObjectChecksum(
                (ChecksumAlgorithm)reader.GetInt32(5), reader.GetString(6), reader.GetString(7));
        }

        return new ObjectInfo
        {
            Key = KeyString((byte[])reader.GetValue(0)),
            Size = reader.GetInt64(1),
            ETag = reader.GetString(2),
            LastModified = reader.GetTime(3),
            Metadata = ObjectMetadata.FromJson(reader.GetString(4)),
            Checksum = checksum,
            Segments = Segment.Parse(reader.GetString(8)),
            PartsCount = reader.GetInt32(9),
            InlineData = reader.IsDBNull(10) ? null : (byte[])reader.GetValue(10),
        };
    }
}
