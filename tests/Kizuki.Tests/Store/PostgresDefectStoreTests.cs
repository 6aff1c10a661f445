using Kizuki.Store;
using Kizuki.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kizuki.Tests.Store;

public sealed class PostgresDefectStoreTests : DefectStoreContract
{
    private PostgresDatabase? _database;

    private protected override async Task<IDefectStore> OpenStoreAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        return await StoreFactory.OpenAsync(
            "postgres:" + _database.ConnectionString, NullLoggerFactory.Instance, CancellationToken.None);
    }

    protected override async Task DisposeDatabaseAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
