using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Kura.Storage.Index;

/// <summary>
/// Group commit for the index. Writes queue up while the previous commit is syncing; the
/// writer thread then runs them all in one transaction, each inside its own savepoint, and
/// commits once. One WAL fsync acknowledges the whole group, and a write that fails (a
/// condition, a missing bucket) rolls back alone without touching the others.
/// </summary>
internal sealed class GroupCommitter : IDisposable
{
    private const int MaxGroup = 256;

    private readonly SqliteConnection _connection;
    private readonly Channel<IPendingWrite> _queue = Channel.CreateUnbounded<IPendingWrite>(
        new UnboundedChannelOptions { SingleReader = true });
    private readonly Thread _writer;

    public GroupCommitter(SqliteConnection connection)
    {
        _connection = connection;
        _writer = new Thread(Run) { IsBackground = true, Name = "kura-index-writer" };
        _writer.Start();
    }

    /// <summary>Queues <paramref name="work"/>; the task completes once its group is durable.</summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, T> work)
    {
        var pending = new PendingWrite<T>(work);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(GroupCommitter), "the index is closed");
        }

        return pending.Task;
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _writer.Join();
    }

    private void Run()
    {
        var group = new List<IPendingWrite>(MaxGroup);
        var reader = _queue.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            group.Clear();
            while (group.Count < MaxGroup && reader.TryRead(out var pending))
            {
                group.Add(pending);
            }

            Commit(group);
        }
    }

    private void Commit(List<IPendingWrite> group)
    {
        var failed = new bool[group.Count];
        try
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            for (var i = 0; i < group.Count; i++)
            {
                transaction.Save("write");
                try
                {
                    group[i].Execute(_connection, transaction);
                    transaction.Release("write");
                }
                catch (Exception e)
                {
                    transaction.Rollback("write");
                    transaction.Release("write");
                    group[i].Fail(Translate(e));
                    failed[i] = true;
                }
            }

            transaction.Commit();
        }
        catch (Exception e)
        {
            // The commit itself failed (a full disk, an I/O error): nothing of the group is durable.
            for (var i = 0; i < group.Count; i++)
            {
                if (!failed[i])
                {
                    group[i].Fail(Translate(e));
                    failed[i] = true;
                }
            }
        }

        for (var i = 0; i < group.Count; i++)
        {
            if (!failed[i])
            {
                group[i].Succeed();
            }
        }
    }

    private static Exception Translate(Exception e) =>
        e is SqliteException { SqliteErrorCode: 13 }
            ? new StorageException(StorageErrorCode.StorageFull, "the index's disk is full", e)
            : e;

    private interface IPendingWrite
    {
        void Execute(SqliteConnection connection, SqliteTransaction transaction);

        void Succeed();

        void Fail(Exception exception);
    }

    private sealed class PendingWrite<T>(Func<SqliteConnection, SqliteTransaction, T> work) : IPendingWrite
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Task => _completion.Task;

        public void Execute(SqliteConnection connection, SqliteTransaction transaction) =>
            _result = work(connection, transaction);

        public void Succeed() => _completion.TrySetResult(_result!);

        public void Fail(Exception exception) => _completion.TrySetException(exception);
    }
}
