using Microsoft.Data.Sqlite;

namespace Kura.Storage.Index;

internal sealed partial class ObjectIndex
{
    private const string SnapshotColumns =
        "key, size, etag, modified_ms, metadata, checksum_algorithm, checksum_value, checksum_type, " +
        "segments, parts_count, inline_data";

    public IReadOnlyList<SnapshotInfo> ListSnapshots(long bucketId)
    {
        using var connection = OpenReader();
        using var command = connection.Command(
            "SELECT name, created_ms, objects, size FROM snapshots WHERE bucket_id = $b ORDER BY created_ms, name")
            .With("$b", bucketId);
        using var reader = command.ExecuteReader();
        var snapshots = new List<SnapshotInfo>();
        while (reader.Read())
        {
            snapshots.Add(new SnapshotInfo(
                reader.GetString(0),
                reader.GetTime(1),
                reader.GetInt64(2),
                reader.GetInt64(3)));
        }

        return snapshots;
    }

    /// <summary>Counts a bucket's objects and bytes (one pass over its part of the index).</summary>
    public (long Objects, long Size) BucketUsage(long bucketId)
    {
        using var connection = OpenReader();
        using var command = connection.Command(
            "SELECT COUNT(*), COALESCE(SUM(size), 0) FROM objects WHERE bucket_id = $b").With("$b", bucketId);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>
    /// Saves the bucket's objects as snapshot <paramref name="name"/>, replacing one of that name.
    /// <paramref name="link"/> gives each blob a second name the snapshot owns. Returns garbage.
    /// </summary>
    public Task<IReadOnlyList<string>> SaveSnapshotAsync(
        long bucketId,
        string name,
        DateTimeOffset now,
        Func<IReadOnlyList<Segment>, IReadOnlyList<Segment>> link,
        CancellationToken cancellationToken) =>
        WriteAsync<IReadOnlyList<string>>((connection, transaction) =>
        {
            var garbage = DropSnapshot(connection, transaction, bucketId, name);
            var objects = ReadObjects(connection, transaction, "objects WHERE bucket_id = $b", bucketId, null);
            foreach (var info in objects)
            {
                var copy = info with { Segments = link(info.Segments) };
                InsertRow(connection, transaction, "snapshot_objects(bucket_id, snapshot, " + SnapshotColumns + ")",
                    "$b, $snapshot, ", bucketId, name, KeyBytes(info.Key), copy);
            }

            using var insert = connection.Command(
                "INSERT INTO snapshots(bucket_id, name, created_ms, objects, size) VALUES ($b, $name, $at, $n, $size)",
                transaction);
            insert.With("$b", bucketId).With("$name", name).With("$at", now.ToIndexTime())
                .With("$n", objects.Count).With("$size", objects.Sum(o => o.Size)).ExecuteNonQuery();
            AddGarbage(connection, transaction, garbage);
            return garbage;
        }, cancellationToken);

    /// <summary>
    /// Makes the bucket hold exactly the snapshot's objects, each with freshly linked blobs so the
    /// snapshot stays reusable. Returns the counts and the replaced objects' blobs, now garbage.
    /// </summary>
    public Task<(int Restored, int Removed, IReadOnlyList<string> Garbage)> RestoreSnapshotAsync(
        long bucketId,
        string name,
        Func<IReadOnlyList<Segment>, IReadOnlyList<Segment>> link,
        CancellationToken cancellationToken) =>
        WriteAsync<(int, int, IReadOnlyList<string>)>((connection, transaction) =>
        {
            if (!SnapshotExists(connection, transaction, bucketId, name))
            {
                throw new StorageException(StorageErrorCode.NoSuchSnapshot);
            }

            var saved = ReadObjects(connection, transaction,
                "snapshot_objects WHERE bucket_id = $b AND snapshot = $snapshot", bucketId, name);
            var current = ReadObjects(connection, transaction, "objects WHERE bucket_id = $b", bucketId, null);
            var garbage = current.SelectMany(o => o.Segments.Select(s => s.BlobId)).ToList();
            Run(connection, transaction, "DELETE FROM objects WHERE bucket_id = $b", bucketId);
            foreach (var info in saved)
            {
                InsertObject(
                    connection,
                    transaction,
                    bucketId,
                    KeyBytes(info.Key),
                    info with { Segments = link(info.Segments) });
            }

            AddGarbage(connection, transaction, garbage);
            var savedKeys = saved.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
            return (saved.Count, current.Count(o => !savedKeys.Contains(o.Key)), garbage);
        }, cancellationToken);

    public Task<IReadOnlyList<string>> DeleteSnapshotAsync(
        long bucketId,
        string name,
        CancellationToken cancellationToken) =>
        WriteAsync<IReadOnlyList<string>>((connection, transaction) =>
        {
            if (!SnapshotExists(connection, transaction, bucketId, name))
            {
                throw new StorageException(StorageErrorCode.NoSuchSnapshot);
            }

            var garbage = DropSnapshot(connection, transaction, bucketId, name);
            AddGarbage(connection, transaction, garbage);
            return garbage;
        }, cancellationToken);

    private static bool SnapshotExists(
        SqliteConnection connection,
        SqliteTransaction transaction,
        long bucketId,
        string name)
    {
        using var command = connection.Command(
            "SELECT 1 FROM snapshots WHERE bucket_id = $b AND name = $name",
            transaction);
        return command.With("$b", bucketId).With("$name", name).ExecuteScalar() is not null;
    }

    private static List<string> DropSnapshot(
        SqliteConnection connection,
        SqliteTransaction transaction,
        long bucketId,
        string name)
    {
        var saved = ReadObjects(connection, transaction,
            "snapshot_objects WHERE bucket_id = $b AND snapshot = $snapshot", bucketId, name);
        using (var delete = connection.Command(
            "DELETE FROM snapshot_objects WHERE bucket_id = $b AND snapshot = $snapshot; " +
            "DELETE FROM snapshots WHERE bucket_id = $b AND name = $snapshot", transaction))
        {
            delete.With("$b", bucketId).With("$snapshot", name).ExecuteNonQuery();
        }

        return saved.SelectMany(o => o.Segments.Select(s => s.BlobId)).ToList();
    }

    private static List<ObjectInfo> ReadObjects(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string from,
        long bucketId,
        string? snapshot)
    {
        using var command = connection.Command($"SELECT {SnapshotColumns} FROM {from} ORDER BY key", transaction)
            .With("$b", bucketId);
        if (snapshot is not null)
        {
            command.With("$snapshot", snapshot);
        }

        using var reader = command.ExecuteReader();
        var objects = new List<ObjectInfo>();
        while (reader.Read())
        {
            objects.Add(ReadObject(reader));
        }

        return objects;
    }

    private static void InsertRow(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string table,
        string leadingValues,
        long bucketId,
        string snapshot,
        byte[] key,
        ObjectInfo info)
    {
        using var insert = connection.Command(
            $"INSERT INTO {table} VALUES ({leadingValues}$k, $size, $etag, $modified, $metadata, $calg, $cval, " +
            "$ctype, $segments, $parts, $inline)", transaction);
        insert.With("$b", bucketId).With("$snapshot", snapshot).With("$k", key).With("$size", info.Size)
            .With("$etag", info.ETag).With("$modified", info.LastModified.ToIndexTime())
            .With("$metadata", info.Metadata.ToJson())
            .With("$calg", info.Checksum is null ? null : (int)info.Checksum.Algorithm)
            .With("$cval", info.Checksum?.Value).With("$ctype", info.Checksum?.Type)
            .With("$segments", Segment.Format(info.Segments)).With("$parts", info.PartsCount)
            .With("$inline", info.InlineData).ExecuteNonQuery();
    }
}
