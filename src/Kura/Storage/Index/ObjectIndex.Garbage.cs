using Microsoft.Data.Sqlite;

namespace Kura.Storage.Index;

internal sealed partial class ObjectIndex
{
    /// <summary>Blobs recorded as garbage, up to <paramref name="limit"/>.</summary>
    public IReadOnlyList<string> PendingGarbage(int limit)
    {
        using var connection = OpenReader();
        using var command = connection.Command("SELECT blob FROM garbage LIMIT $n").With("$n", limit);
        using var reader = command.ExecuteReader();
        var blobs = new List<string>();
        while (reader.Read())
        {
            blobs.Add(reader.GetString(0));
        }

        return blobs;
    }

    /// <summary>Forgets garbage whose files are gone.</summary>
    public Task ForgetGarbageAsync(IReadOnlyList<string> blobs, CancellationToken cancellationToken) =>
        WriteAsync((connection, transaction) =>
        {
            foreach (var blob in blobs)
            {
                using var command = connection.Command("DELETE FROM garbage WHERE blob = $blob", transaction);
                command.With("$blob", blob).ExecuteNonQuery();
            }

            return 0;
        }, cancellationToken);

    /// <summary>Every blob some object or part still refers to, for the sweep after a crash.</summary>
    public HashSet<string> ReferencedBlobs()
    {
        using var connection = OpenReader();
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        using (var objects = connection.Command(
            "SELECT segments FROM objects UNION ALL SELECT segments FROM snapshot_objects"))
        using (var reader = objects.ExecuteReader())
        {
            while (reader.Read())
            {
                foreach (var segment in Segment.Parse(reader.GetString(0)))
                {
                    referenced.Add(segment.BlobId);
                }
            }
        }

        using (var parts = connection.Command("SELECT blob FROM parts"))
        using (var reader = parts.ExecuteReader())
        {
            while (reader.Read())
            {
                referenced.Add(reader.GetString(0));
            }
        }

        return referenced;
    }

    private static void AddGarbage(
        SqliteConnection connection,
        SqliteTransaction transaction,
        IEnumerable<string> blobs)
    {
        foreach (var blob in blobs)
        {
            using var command = connection.Command(
                "INSERT OR IGNORE INTO garbage(blob) VALUES ($blob)", transaction);
            command.With("$blob", blob).ExecuteNonQuery();
        }
    }
}
