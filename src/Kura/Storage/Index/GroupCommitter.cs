using System.Collections.Concurrent;
using System.Diagnostics;
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
    private readonly ConcurrentQueue<IPendingWrite> _queue = new();
    private readonly Lock _gate = new();
    private readonly Thread _writer;

    // No spinning: at one or two writers the thread would otherwise spin through most of
    // every fsync, taking a core from request handling on a small machine.
    private readonly ManualResetEventSlim _queued = new(initialState: false, spinCount: 0);
    private bool _closed;

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
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            _queue.Enqueue(pending);
        }

        _queued.Set();
        return pending.Task;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _closed = true;
        }

        _queued.Set();
        _writer.Join();
        _queued.Dispose();
    }

    private void Run()
    {
        var group = new List<IPendingWrite>(MaxGroup);
        while (true)
        {
            _queued.Wait();

            // Reset before draining: a write queued from here on sets the event again.
            _queued.Reset();
            while (!_queue.IsEmpty)
            {
                group.Clear();
                while (group.Count < MaxGroup && _queue.TryDequeue(out var pending))
                {
                    group.Add(pending);
                }

                Commit(group);
            }

            // Nothing is queued after _closed is set, so the drain above was the last one.
            lock (_gate)
            {
                if (_closed && _queue.IsEmpty)
                {
                    return;
                }
            }
        }
    }

    private void Commit(List<IPendingWrite> group)
    {
        var started = Stopwatch.GetTimestamp();
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
            StorageMetrics.GroupCommitted(group.Count, Stopwatch.GetElapsedTime(started));
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
