using System.Collections.Concurrent;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Kura.Storage.Index;

/// <summary>
/// The SQLite index of buckets, objects and multipart uploads. One connection writes, through
/// group commit, in WAL mode with synchronous=FULL so that a commit is on disk when a write's
/// task completes; readers take pooled connections and never wait for the writer.
/// </summary>
internal sealed partial class ObjectIndex : IDisposable
{
    private readonly string _connectionString;
    private readonly SqliteConnection _writer;
    private readonly GroupCommitter _committer;
    private readonly ConcurrentBag<ReadSession> _sessions = [];

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
            _committer = new GroupCommitter(_writer);
        }
        catch
        {
            _writer.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _committer.Dispose();
        while (_sessions.TryTake(out var session))
        {
            session.Dispose();
        }

        _writer.Dispose();
        SqliteConnection.ClearAllPools();
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a durable write transaction, grouped with concurrent ones.
    /// The work runs on the writer thread and must not block on anything but the database.
    /// </summary>
    private Task<T> WriteAsync<T>(
        Func<SqliteConnection, SqliteTransaction, T> work,
        CancellationToken cancellationToken)
    {
        // Once queued, a write either commits or fails with its group; cancelling would leave
        // the client unsure which, so the token is only honoured before queuing.
        cancellationToken.ThrowIfCancellationRequested();
        return _committer.WriteAsync(work);
    }

    private const int MaxIdleSessions = 32;

    private ReadSession RentSession() =>
        _sessions.TryTake(out var session) ? session : new ReadSession(_connectionString, GetObjectSql);

    private void ReturnSession(ReadSession session)
    {
        if (_sessions.Count < MaxIdleSessions)
        {
            _sessions.Add(session);
        }
        else
        {
            session.Dispose();
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
