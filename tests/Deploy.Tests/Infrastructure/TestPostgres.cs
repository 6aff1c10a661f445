using Npgsql;

namespace Deploy.Tests.Infrastructure;

/// <summary>
/// The throwaway PostgreSQL that scripts/test.sh starts (KIZUKI_TEST_POSTGRES), standing in
/// for the shared-db StatefulSet: superuser postgres, trust authentication.
/// </summary>
public static class TestPostgres
{
    /// <summary>From KIZUKI_TEST_POSTGRES, else a cluster started by hand on port 55434.</summary>
    public static NpgsqlConnectionStringBuilder Server => new(
        Environment.GetEnvironmentVariable("KIZUKI_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=55434;Username=postgres;Database=postgres");

    /// <summary>A fresh, empty database owned by a login role, as the image's first start creates them.</summary>
    public static async Task RecreateDatabaseAsync(string role, string database)
    {
        await using var connection = new NpgsqlConnection(Server.ConnectionString);
        await connection.OpenAsync();
        var quotedRole = Quote(role);
        var quotedDatabase = Quote(database);
        string[] statements =
        [
            $"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') "
                + $"THEN CREATE ROLE {quotedRole} LOGIN; END IF; END $$",
            $"DROP DATABASE IF EXISTS {quotedDatabase} WITH (FORCE)",
            $"CREATE DATABASE {quotedDatabase} OWNER {quotedRole}",
        ];
        foreach (var statement in statements)
        {
            await using var command = new NpgsqlCommand(statement, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    private static string Quote(string identifier) =>
        "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
