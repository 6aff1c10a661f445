using Microsoft.Data.Sqlite;

namespace Kura.Storage.Index;

/// <summary>Small helpers that keep the index's SQL readable.</summary>
internal static class SqliteExtensions
{
    public static SqliteCommand Command(
        this SqliteConnection connection,
        string sql,
        SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static SqliteCommand With(this SqliteCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public static string? GetNullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateTimeOffset GetTime(this SqliteDataReader reader, int ordinal) =>
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    public static long ToIndexTime(this DateTimeOffset time) => time.ToUnixTimeMilliseconds();
}
