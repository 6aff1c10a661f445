using Microsoft.Data.Sqlite;

namespace Kura.Storage.Index;

internal sealed partial class ObjectIndex
{
    /// <summary>
    /// A delimited listing page in one statement: a recursive query seeks to the next key, and
    /// when that key rolls up into a common prefix the following seek starts past the prefix
    /// (prefix || 0xFF). SQLite runs the whole skip-scan, one B-tree seek per entry, instead of
    /// a statement round trip from C# per common prefix. CROSS JOIN keeps the walk as the outer
    /// loop: with a plain JOIN the planner may scan the bucket and probe the walk.
    /// </summary>
    private const string SkipScanSql = """
        WITH RECURSIVE walk(k, n) AS (
            SELECT (SELECT key FROM objects
                    WHERE bucket_id = $b AND key > $after AND key >= $prefix AND key < $upper
                    ORDER BY key LIMIT 1), 1
            UNION ALL
            SELECT (SELECT key FROM objects
                    WHERE bucket_id = $b AND key < $upper AND key > CAST(
                        CASE WHEN instr(substr(walk.k, $plen + 1), $delimiter) > 0
                             THEN substr(walk.k, 1, $plen + instr(substr(walk.k, $plen + 1), $delimiter) + $dlen - 1)
                                  || x'FF'
                             ELSE walk.k END AS BLOB)
                    ORDER BY key LIMIT 1), n + 1
            FROM walk WHERE walk.k IS NOT NULL AND n < $limit)
        SELECT o.key, o.size, o.etag, o.modified_ms
        FROM walk CROSS JOIN objects o
        WHERE o.bucket_id = $b AND o.key = walk.k
        ORDER BY walk.n
        """;

    /// <summary>A page with a delimiter: each row of the skip-scan is one entry of the page.</summary>
    private static ListPage ListDelimited(
        SqliteConnection connection,
        long bucketId,
        byte[] prefix,
        byte[] delimiter,
        byte[] cursor,
        int maxKeys)
    {
        // Without a prefix there is no upper bound; every UTF-8 key sorts below a lone 0xFF.
        var upper = prefix.Length > 0 ? KeyRange.After(prefix) : [0xFF];
        using var command = connection.Command(SkipScanSql)
            .With("$b", bucketId).With("$after", cursor).With("$prefix", prefix).With("$upper", upper)
            .With("$plen", prefix.Length).With("$delimiter", delimiter).With("$dlen", delimiter.Length)
            .With("$limit", maxKeys + 1);
        using var reader = command.ExecuteReader();
        var objects = new List<ListedObject>();
        var prefixes = new List<string>();
        string? last = null;
        while (reader.Read())
        {
            if (objects.Count + prefixes.Count == maxKeys)
            {
                return new ListPage(objects, prefixes, true, last);
            }

            var key = (byte[])reader.GetValue(0);
            if (KeyRange.CommonPrefix(key, prefix, delimiter) is { } common)
            {
                last = KeyString(common);
                prefixes.Add(last);
                continue;
            }

            var listed = new ListedObject(KeyString(key), reader.GetInt64(1), reader.GetString(2), reader.GetTime(3));
            objects.Add(listed);
            last = listed.Key;
        }

        return new ListPage(objects, prefixes, false, last);
    }
}
