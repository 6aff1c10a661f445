using Npgsql;

namespace Kizuki.Tests.Fixtures;

/// <summary>
/// A throwaway database with a random name on the server KIZUKI_TEST_POSTGRES names, dropped on
/// dispose. Without that variable the test fails: CI always sets it, so a silent skip would hide
/// a broken setup.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly string _server;

    private PostgresDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable("KIZUKI_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                "KIZUKI_TEST_POSTGRES is not set: run the tests through scripts/test.sh, or start PostgreSQL and "
                + "export KIZUKI_TEST_POSTGRES=\"Host=127.0.0.1;Port=...;Username=postgres;Database=postgres\"");
        }

        var name = "kizuki_test_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new PostgresDatabase(server, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
