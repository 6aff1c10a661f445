using Microsoft.Data.Sqlite;

namespace Kura.Storage.Index;

internal sealed partial class ObjectIndex
{
    /// <summary>
    /// Lists one page by seeking the primary key: keys run in byte order, and when a key rolls up
    /// into a common prefix the next query starts past every key under it (prefix || 0xFF, a byte
    /// no UTF-8 text contains), so a folder of a million keys costs one seek, not a scan.
    /// </summary>
    public ListPage List(long bucketId, ListRequest request)
    {
        if (request.MaxKeys <= 0)
        {
            return new ListPage([], [], false, null);
        }

        var prefix = KeyBytes(request.Prefix);
        var delimiter = string.IsNullOrEmpty(request.Delimiter) ? null : KeyBytes(request.Delimiter);
        var upper = prefix.Length > 0 ? KeyRange.After(prefix) : null;
        var cursor = request.After is null ? [] : KeyBytes(request.After);
        if (delimiter is not null && KeyRange.CommonPrefix(cursor, prefix, delimiter) is { } markerPrefix
            && markerPrefix.AsSpan().SequenceEqual(cursor))
        {
            // The marker is a common prefix returned by the previous page: skip what it covers.
            cursor = KeyRange.After(cursor);
        }

        using var connection = OpenReader();
        var objects = new List<ListedObject>();
        var prefixes = new List<string>();
        string? last = null;
        while (true)
        {
            var wanted = request.MaxKeys - objects.Count - prefixes.Count + 1;
            var rows = ReadRange(connection, bucketId, cursor, prefix, upper, Math.Min(wanted, 1001));
            var reseek = false;
            foreach (var (key, listed) in rows)
            {
                var full = objects.Count + prefixes.Count == request.MaxKeys;
                var common = delimiter is null ? null : KeyRange.CommonPrefix(key, prefix, delimiter);
                if (full)
                {
                    return new ListPage(objects, prefixes, true, last);
                }

                if (common is not null)
                {
                    last = KeyString(common);
                    prefixes.Add(last);
                    cursor = KeyRange.After(common);
                    reseek = true;
                    break;
                }

                objects.Add(listed);
                last = listed.Key;
                cursor = key;
            }

            if (!reseek && rows.Count < Math.Min(wanted, 1001))
            {
                return new ListPage(objects, prefixes, false, last);
            }
        }
    }

    private static List<(byte[] Key, ListedObject Listed)> ReadRange(
        SqliteConnection connection,
        long bucketId,
        byte[] after,
        byte[] prefix,
        byte[]? upper,
        int limit)
    {
        var sql = "SELECT key, size, etag, modified_ms FROM objects " +
            "WHERE bucket_id = $b AND key > $after AND key >= $prefix" +
            (upper is null ? "" : " AND key < $upper") + " ORDER BY key LIMIT $limit";
        using var command = connection.Command(sql)
            .With("$b", bucketId).With("$after", after).With("$prefix", prefix).With("$limit", limit);
        if (upper is not null)
        {
            command.With("$upper", upper);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<(byte[], ListedObject)>();
        while (reader.Read())
        {
            var key = (byte[])reader.GetValue(0);
            rows.Add((key, new ListedObject(
                KeyString(key), reader.GetInt64(1), reader.GetString(2), reader.GetTime(3))));
        }

        return rows;
    }
}
