using System.Data;
using System.Data.Common;

namespace Kizuki.Store;

/// <summary>What differs between the SQL databases Kizuki stores into.</summary>
internal abstract class StoreDialect : IAsyncDisposable
{
    /// <summary>A short name for logs: sqlite or postgres.</summary>
    public abstract string Name { get; }

    /// <summary>The schema changes, oldest first.</summary>
    public abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>An aggregate joining <c>label</c> values with U+001F.</summary>
    public abstract string LabelAggregate { get; }

    /// <summary>The column type instants are stored as.</summary>
    public abstract DbType TimeDbType { get; }

    /// <summary>Creates an unopened connection.</summary>
    public abstract DbConnection CreateConnection();

    /// <summary>Opens a connection and applies per-connection settings.</summary>
    public virtual async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The value to bind for an instant (null gives <see cref="DBNull"/>).</summary>
    public abstract object ToDb(DateTimeOffset? value);

    /// <summary>Reads an instant written by <see cref="ToDb"/>.</summary>
    public abstract DateTimeOffset FromDb(DbDataReader reader, int ordinal);

    /// <summary>Releases pooled connections, if the dialect keeps any.</summary>
    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
