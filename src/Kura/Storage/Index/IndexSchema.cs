using Microsoft.Data.Sqlite;

namespace Kura.Storage.Index;

/// <summary>
/// Versioned schema of the SQLite index. Each entry upgrades from the version before it; the
/// database's user_version records how far it has come.
/// </summary>
internal static class IndexSchema
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE buckets(
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            created_ms INTEGER NOT NULL);

        -- Keys are UTF-8 BLOBs: BLOB comparison is memcmp, which is exactly S3's listing order,
        -- and lets a listing seek past a common prefix with prefix || 0xFF.
        CREATE TABLE objects(
            bucket_id INTEGER NOT NULL,
            key BLOB NOT NULL,
            size INTEGER NOT NULL,
            etag TEXT NOT NULL,
            modified_ms INTEGER NOT NULL,
            metadata TEXT NOT NULL,
            checksum_algorithm INTEGER,
            checksum_value TEXT,
            checksum_type TEXT,
            segments TEXT NOT NULL,
            parts_count INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY(bucket_id, key)) WITHOUT ROWID;

        CREATE TABLE uploads(
            upload_id TEXT PRIMARY KEY,
            bucket_id INTEGER NOT NULL,
            key BLOB NOT NULL,
            initiated_ms INTEGER NOT NULL,
            metadata TEXT NOT NULL,
            checksum_algorithm INTEGER NOT NULL DEFAULT 0,
            checksum_type TEXT);
        CREATE INDEX uploads_by_key ON uploads(bucket_id, key, initiated_ms);

        CREATE TABLE parts(
            upload_id TEXT NOT NULL,
            part_number INTEGER NOT NULL,
            size INTEGER NOT NULL,
            etag TEXT NOT NULL,
            modified_ms INTEGER NOT NULL,
            blob TEXT NOT NULL,
            checksum TEXT,
            PRIMARY KEY(upload_id, part_number)) WITHOUT ROWID;

        -- Blobs no longer referenced; removed from disk after the commit that orphaned them.
        CREATE TABLE garbage(blob TEXT PRIMARY KEY) WITHOUT ROWID;
        """,
        """
        -- Completed uploads, kept a day so that a client retrying a CompleteMultipartUpload whose
        -- answer it lost gets the same answer instead of NoSuchUpload.
        CREATE TABLE completed_uploads(
            upload_id TEXT PRIMARY KEY,
            bucket_id INTEGER NOT NULL,
            key BLOB NOT NULL,
            etag TEXT NOT NULL,
            completed_ms INTEGER NOT NULL);
        CREATE INDEX completed_uploads_by_time ON completed_uploads(completed_ms);
        """,
        """
        -- Keys besides the root pair. The secret is kept as given: SigV4 needs it to recompute
        -- signatures, so it cannot be stored as a one-way hash.
        CREATE TABLE access_keys(
            access_key TEXT PRIMARY KEY,
            secret TEXT NOT NULL,
            enabled INTEGER NOT NULL,
            bucket TEXT,
            prefix TEXT,
            read_only INTEGER NOT NULL,
            description TEXT,
            created_ms INTEGER NOT NULL);

        ALTER TABLE buckets ADD COLUMN cors TEXT;

        CREATE TABLE snapshots(
            bucket_id INTEGER NOT NULL,
            name TEXT NOT NULL,
            created_ms INTEGER NOT NULL,
            objects INTEGER NOT NULL,
            size INTEGER NOT NULL,
            PRIMARY KEY(bucket_id, name));

        -- A snapshot's objects, with segments pointing at blobs of their own (hard links to the
        -- live blobs when the snapshot was taken), so later writes cannot touch them.
        CREATE TABLE snapshot_objects(
            bucket_id INTEGER NOT NULL,
            snapshot TEXT NOT NULL,
            key BLOB NOT NULL,
            size INTEGER NOT NULL,
            etag TEXT NOT NULL,
            modified_ms INTEGER NOT NULL,
            metadata TEXT NOT NULL,
            checksum_algorithm INTEGER,
            checksum_value TEXT,
            checksum_type TEXT,
            segments TEXT NOT NULL,
            parts_count INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY(bucket_id, snapshot, key)) WITHOUT ROWID;
        """,
        """
        -- Small bodies live in the row itself: one WAL write instead of a file, an fsync, a
        -- rename and a folder fsync.
        ALTER TABLE objects ADD COLUMN inline_data BLOB;
        ALTER TABLE snapshot_objects ADD COLUMN inline_data BLOB;
        """,
    ];

    /// <summary>The version a fully migrated index has.</summary>
    public static int CurrentVersion => Migrations.Length;

    /// <summary>Brings the index up to <see cref="CurrentVersion"/>, one transaction per step.</summary>
    public static void Migrate(SqliteConnection connection)
    {
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"));
        if (version > CurrentVersion)
        {
            throw new InvalidOperationException(
                $"the index has schema version {version}, newer than this Kura ({CurrentVersion}); " +
                "run a newer Kura or restore the data folder from before the upgrade");
        }

        for (var next = version; next < CurrentVersion; next++)
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Migrations[next] + $"\nPRAGMA user_version = {next + 1};";
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
