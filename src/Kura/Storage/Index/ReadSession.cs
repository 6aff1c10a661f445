using Microsoft.Data.Sqlite;

namespace Kura.Storage.Index;

/// <summary>
/// A read connection that keeps its hot statements prepared. A GET used to compile its SELECT
/// every time; parsing SQL was two thirds of SQLite's share of a small GET's CPU.
/// </summary>
internal sealed class ReadSession : IDisposable
{
    private const long MemoryMapBytes = 256L << 20;

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _getObject;

    public ReadSession(string connectionString, string getObjectSql)
    {
        _connection = new SqliteConnection(connectionString);
        try
        {
            _connection.Open();

            // Without a memory map SQLite reads the overflow pages of an inline body with a
            // pread each, bypassing its page cache: two system calls for every 4 KiB GET.
            // Mapped pages are the kernel's page cache; they count towards RSS once touched.
            using (var mmap = _connection.Command($"PRAGMA mmap_size = {MemoryMapBytes}"))
            {
                mmap.ExecuteNonQuery();
            }

            _getObject = _connection.Command(getObjectSql).With("$b", 0L).With("$k", Array.Empty<byte>());
            _getObject.Prepare();
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    /// <summary>Runs the prepared object lookup; the caller reads at most one row.</summary>
    public SqliteDataReader GetObject(long bucketId, byte[] key)
    {
        _getObject.Parameters["$b"].Value = bucketId;
        _getObject.Parameters["$k"].Value = key;
        return _getObject.ExecuteReader();
    }

    public void Dispose()
    {
        _getObject.Dispose();
        _connection.Dispose();
    }
}
