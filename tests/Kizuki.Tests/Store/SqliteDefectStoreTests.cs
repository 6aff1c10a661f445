using Kizuki.Store;
using Kizuki.Tests.Fixtures;

namespace Kizuki.Tests.Store;

public sealed class SqliteDefectStoreTests : DefectStoreContract
{
    private readonly TempDirectory _directory = new();

    private protected override Task<IDefectStore> OpenStoreAsync() => StoreHelpers.OpenSqliteAsync(_directory);

    protected override Task DisposeDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
        return Task.CompletedTask;
    }
}
