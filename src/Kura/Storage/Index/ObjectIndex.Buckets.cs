using Microsoft.Data.Sqlite;

namespace Kura.Storage.Index;

internal sealed partial class ObjectIndex
{
    public IReadOnlyList<BucketInfo> ListBuckets()
    {
        using var connection = OpenReader();
        using var command = connection.Command("SELECT id, name, created_ms FROM buckets ORDER BY name");
        using var reader = command.ExecuteReader();
        var buckets = new List<BucketInfo>();
        while (reader.Read())
        {
            buckets.Add(new BucketInfo(reader.GetInt64(0), reader.GetString(1), reader.GetTime(2)));
        }

        return buckets;
    }

    public BucketInfo? FindBucket(string name)
    {
        using var connection = OpenReader();
        return FindBucket(connection, null, name);
    }

    /// <summary>Creates a bucket; false when it already exists.</summary>
    public Task<bool> CreateBucketAsync(string name, DateTimeOffset now, CancellationToken cancellationToken) =>
        WriteAsync((connection, transaction) =>
        {
            using var command = connection.Command(
                "INSERT INTO buckets(name, created_ms) VALUES ($name, $created) ON CONFLICT(name) DO NOTHING",
                transaction);
            return command.With("$name", name).With("$created", now.ToIndexTime()).ExecuteNonQuery() == 1;
        }, cancellationToken);

    /// <summary>
    /// Deletes an empty bucket and aborts its unfinished uploads; returns the part blobs that
    /// became garbage.
    /// </summary>
    public Task<IReadOnlyList<string>> DeleteBucketAsync(string name, CancellationToken cancellationToken) =>
        WriteAsync<IReadOnlyList<string>>((connection, transaction) =>
        {
            var bucket = FindBucket(connection, transaction, name)
                ?? throw new StorageException(StorageErrorCode.NoSuchBucket);

            using (var any = connection.Command("SELECT 1 FROM objects WHERE bucket_id = $b LIMIT 1", transaction))
            {
                if (any.With("$b", bucket.Id).ExecuteScalar() is not null)
                {
                    throw new StorageException(StorageErrorCode.BucketNotEmpty);
                }
            }

            var garbage = CollectBlobs(connection, transaction,
                "SELECT p.blob FROM parts p JOIN uploads u ON u.upload_id = p.upload_id WHERE u.bucket_id = $b",
                bucket.Id);
            Run(connection, transaction,
                "DELETE FROM parts WHERE upload_id IN (SELECT upload_id FROM uploads WHERE bucket_id = $b)", bucket.Id);
            Run(connection, transaction, "DELETE FROM uploads WHERE bucket_id = $b", bucket.Id);
            Run(connection, transaction, "DELETE FROM buckets WHERE id = $b", bucket.Id);
            AddGarbage(connection, transaction, garbage);
            return garbage;
        }, cancellationToken);

    private static BucketInfo? FindBucket(SqliteConnection connection, SqliteTransaction? transaction, string name)
    {
        using var command = connection.Command(
            "SELECT id, name, created_ms FROM buckets WHERE name = $name", transaction);
        using var reader = command.With("$name", name).ExecuteReader();
        return reader.Read() ? new BucketInfo(reader.GetInt64(0), reader.GetString(1), reader.GetTime(2)) : null;
    }

    private static List<string> CollectBlobs(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string sql,
        object parameter)
    {
        using var command = connection.Command(sql, transaction).With("$b", parameter);
        using var reader = command.ExecuteReader();
        var blobs = new List<string>();
        while (reader.Read())
        {
            blobs.Add(reader.GetString(0));
        }

        return blobs;
    }

    private static void Run(SqliteConnection connection, SqliteTransaction transaction, string sql, object parameter)
    {
        using var command = connection.Command(sql, transaction).With("$b", parameter);
        command.ExecuteNonQuery();
    }
}
