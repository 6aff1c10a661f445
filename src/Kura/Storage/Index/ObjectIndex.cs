using System.Text;
using Microsoft.Data.Sqlite;

namespace Kura.Storage.Index;

/// <summary>
/// The SQLite index of buckets, objects and multipart uploads. One connection writes, behind a
/// lock, in WAL mode with synchronous=FULL so that a commit is on disk when it returns; readers
/// take pooled connections and never wait for the writer.
/// </summary>
internal sealed partial class ObjectIndex : IDisposable
{
    private readonly string _connectionString;
    private readonly SqliteConnection _writer;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    public ObjectIndex(string path)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

        _writer = new SqliteConnection(_connectionString);
        try
        {
            _writer.Open();
            Execute(_writer, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000;");
            IndexSchema.Migrate(_writer);
        }
        catch
        {
            _writer.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _writeLock.Dispose();
        SqliteConnection.ClearAllPools();
    }

    /// <summary>Runs <paramref name="work"/> in one durable write transaction.</summary>
    private async Task<T> WriteAsync<T>(
        Func<SqliteConnection, SqliteTransaction, T> work,
        CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            using var transaction = _writer.BeginTransaction(deferred: false);
            var result = work(_writer, transaction);
            transaction.Commit();
            return result;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 13)
        {
            throw new StorageException(StorageErrorCode.StorageFull, "the index's disk is full", e);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Opens a pooled connection for reading.</summary>
    private SqliteConnection OpenReader()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.Command(sql);
        command.ExecuteNonQuery();
    }

    private static byte[] KeyBytes(string key) => Encoding.UTF8.GetBytes(key);

    private static string KeyString(byte[] key) => Encoding.UTF8.GetString(key);
}
