using Microsoft.Data.Sqlite;

namespace Kura.Storage.Index;

internal sealed partial class ObjectIndex
{
    private static readonly TimeSpan CompletionMemory = TimeSpan.FromDays(1);

    /// <summary>
    /// The object a completed upload produced, if the upload completed within the last day and
    /// its key still holds that very object; null otherwise.
    /// </summary>
    public ObjectInfo? FindCompletedUpload(string bucket, string key, string uploadId)
    {
        using var connection = OpenReader();
        using var command = connection.Command(
            "SELECT c.bucket_id, c.etag FROM completed_uploads c JOIN buckets b ON b.id = c.bucket_id " +
            "WHERE c.upload_id = $id AND b.name = $bucket AND c.key = $k");
        using var reader = command.With("$id", uploadId).With("$bucket", bucket).With("$k", KeyBytes(key))
            .ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var current = GetObject(connection, null, reader.GetInt64(0), KeyBytes(key));
        return current?.ETag == reader.GetString(1) ? current : null;
    }

    private static void RememberCompletion(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string uploadId,
        long bucketId,
        byte[] key,
        ObjectInfo info)
    {
        using (var prune = connection.Command(
            "DELETE FROM completed_uploads WHERE completed_ms < $before",
            transaction))
        {
            prune.With("$before", (info.LastModified - CompletionMemory).ToIndexTime()).ExecuteNonQuery();
        }

        using var insert = connection.Command(
            "INSERT OR REPLACE INTO completed_uploads(upload_id, bucket_id, key, etag, completed_ms) " +
            "VALUES ($id, $b, $k, $etag, $at)", transaction);
        insert.With("$id", uploadId).With("$b", bucketId).With("$k", key).With("$etag", info.ETag)
            .With("$at", info.LastModified.ToIndexTime()).ExecuteNonQuery();
    }
}
