namespace Kura.Storage.Index;

internal sealed partial class ObjectIndex
{
    public IReadOnlyList<AccessKeyRecord> ListAccessKeys()
    {
        using var connection = OpenReader();
        using var command = connection.Command(
            "SELECT access_key, secret, enabled, bucket, prefix, read_only, description, created_ms " +
            "FROM access_keys ORDER BY created_ms, access_key");
        using var reader = command.ExecuteReader();
        var keys = new List<AccessKeyRecord>();
        while (reader.Read())
        {
            keys.Add(new AccessKeyRecord
            {
                AccessKey = reader.GetString(0),
                Secret = reader.GetString(1),
                Enabled = reader.GetInt64(2) != 0,
                Bucket = reader.GetNullableString(3),
                Prefix = reader.GetNullableString(4),
                ReadOnly = reader.GetInt64(5) != 0,
                Description = reader.GetNullableString(6),
                Created = reader.GetTime(7),
            });
        }

        return keys;
    }

    public Task SaveAccessKeyAsync(AccessKeyRecord key, CancellationToken cancellationToken) =>
        WriteAsync((connection, transaction) =>
        {
            using var command = connection.Command(
                "INSERT OR REPLACE INTO access_keys(access_key, secret, enabled, bucket, prefix, read_only, " +
                "description, created_ms) VALUES ($key, $secret, $enabled, $bucket, $prefix, $ro, $description, $at)",
                transaction);
            return command.With("$key", key.AccessKey).With("$secret", key.Secret).With("$enabled", key.Enabled ? 1 : 0)
                .With("$bucket", key.Bucket).With("$prefix", key.Prefix).With("$ro", key.ReadOnly ? 1 : 0)
                .With("$description", key.Description).With("$at", key.Created.ToIndexTime()).ExecuteNonQuery();
        }, cancellationToken);

    public Task<bool> DeleteAccessKeyAsync(string accessKey, CancellationToken cancellationToken) =>
        WriteAsync((connection, transaction) =>
        {
            using var command = connection.Command("DELETE FROM access_keys WHERE access_key = $key", transaction);
            return command.With("$key", accessKey).ExecuteNonQuery() == 1;
        }, cancellationToken);
}
