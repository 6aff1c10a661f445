using Microsoft.Data.Sqlite;

namespace Kura.Storage.Index;

internal sealed partial class ObjectIndex
{
    /// <summary>
    /// Lists one page by seeking the primary key: keys run in byte order, and with a delimiter a
    /// key that rolls up into a common prefix makes the next seek start past every key under it
    /// (prefix || 0xFF, a byte no UTF-8 text contains), so a folder of a million keys costs one
    /// seek, not a scan.
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
        if (delimiter is not null)
        {
            return ListDelimited(connection, bucketId, prefix, delimiter, cursor, request.MaxKeys);
        }

        using var range = RangeQuery(connection, bucketId, prefix, upper);
        var objects = new List<ListedObject>();
        foreach (var (_, listed) in ReadRange(range, cursor, request.MaxKeys + 1))
        {
            if (objects.Count == request.MaxKeys)
            {
                return new ListPage(objects, [], true, objects[^1].Key);
            }

            objects.Add(listed);
        }

        return new ListPage(objects, [], false, objects.Count > 0 ? objects[^1].Key : null);
    }

    /// <summary>The range query of a listing without a delimiter.</summary>
    private static SqliteCommand RangeQuery(SqliteConnection connection, long bucketId, byte[] prefix, byte[]? upper)
    {
        var sql = "SELECT key, size, etag, modified_ms FROM objects " +
            "WHERE bucket_id = $b AND key > $after AND key >= $prefix" +
            (upper is null ? "" : " AND key < $upper") + " ORDER BY key LIMIT $limit";
        var command = connection.Command(sql).With("$b", bucketId).With("$prefix", prefix)
            .With("$after", Array.Empty<byte>()).With("$limit", 0);
        if (upper is not null)
        {
            command.With("$upper", upper);
        }

        command.Prepare();
        return command;
    }

    /// <summary>Rows after <paramref name="after"/>, produced lazily as the caller reads them.</summary>
    private static IEnumerable<(byte[] Key, ListedObject Listed)> ReadRange(
        SqliteCommand range,
        byte[] after,
        int limit)
    {
        range.Parameters["$after"].Value = after;
        range.Parameters["$limit"].Value = limit;
        using var reader = range.ExecuteReader();
        while (reader.Read())
        {
            var key = (byte[])reader.GetValue(0);
            yield return (key, new ListedObject(
                KeyString(key), reader.GetInt64(1), reader.GetString(2), reader.GetTime(3)));
        }
    }
}
