using Microsoft.Data.Sqlite;

namespace Kura.Bench.Listing;

/// <summary>
/// The loader mode of the listing fill: with Kura stopped, clones one object that was stored
/// through the S3 API into a million index rows in one SQLite statement. Only the fill takes
/// this shortcut; every listing figure then comes from Kura's S3 API after a restart.
/// </summary>
/// <remarks>
/// The clones are empty objects with no blob segments, which is how Kura records a 0-byte
/// object's body only when it stores none; a GET of a clone is not part of the benchmark. The
/// column list is read from the index itself, so a new column keeps the template's value.
/// </remarks>
internal static class IndexLoader
{
    /// <summary>Inserts keys 0 to count-1 that are missing, copying <paramref name="templateKey"/>.</summary>
    public static int Load(string indexPath, string bucket, string templateKey, long count)
    {
        using var connection = new SqliteConnection($"Data Source={indexPath};Pooling=False");
        connection.Open();

        var columns = new List<string>();
        using (var info = connection.CreateCommand())
        {
            info.CommandText = "PRAGMA table_info(objects)";
            using var reader = info.ExecuteReader();
            while (reader.Read())
            {
                columns.Add(reader.GetString(1));
            }
        }

        var values = columns.Select(c => c switch
        {
            "key" => $"CAST({BucketLayout.SqlKeyFormat} AS BLOB)",
            "segments" => "''",
            _ => "t." + c,
        });

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"""
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $count - 1)
            INSERT OR IGNORE INTO objects({string.Join(", ", columns)})
            SELECT {string.Join(", ", values)}
            FROM n, objects t
            WHERE t.bucket_id = (SELECT id FROM buckets WHERE name = $bucket) AND t.key = CAST($template AS BLOB)
            """;
        insert.Parameters.AddWithValue("$count", count);
        insert.Parameters.AddWithValue("$bucket", bucket);
        insert.Parameters.AddWithValue("$template", templateKey);
        var inserted = insert.ExecuteNonQuery();
        transaction.Commit();
        return inserted;
    }
}
