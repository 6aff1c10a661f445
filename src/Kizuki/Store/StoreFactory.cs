namespace Kizuki.Store;

/// <summary>Opens the store a connection setting names.</summary>
internal static class StoreFactory
{
    /// <summary>
    /// <c>sqlite:path/to/kizuki.db</c> (or a bare path) for SQLite; <c>postgres:Host=...</c> (or
    /// any text containing <c>Host=</c>) for PostgreSQL. The schema is migrated before returning.
    /// </summary>
    public static async Task<IDefectStore> OpenAsync(
        string connection,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        StoreDialect dialect = connection switch
        {
            _ when connection.StartsWith("postgres:", StringComparison.OrdinalIgnoreCase) =>
                new PostgresDialect(connection["postgres:".Length..]),
            _ when connection.Contains("Host=", StringComparison.OrdinalIgnoreCase) => new PostgresDialect(connection),
            _ when connection.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) =>
                new SqliteDialect(connection["sqlite:".Length..]),
            _ => new SqliteDialect(connection),
        };

        var store = new DefectStore(dialect, loggerFactory.CreateLogger<DefectStore>());
        try
        {
            await store.MigrateAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }
}
