namespace Kura.Storage.Index;

internal sealed partial class ObjectIndex
{
    /// <summary>The bucket's CORS configuration as stored (S3's XML), or null.</summary>
    public string? GetCors(string bucket)
    {
        using var connection = OpenReader();
        using var command = connection.Command("SELECT cors FROM buckets WHERE name = $name").With("$name", bucket);
        return command.ExecuteScalar() as string;
    }

    /// <summary>Sets (or with null removes) the bucket's CORS configuration.</summary>
    public Task SetCorsAsync(string bucket, string? cors, CancellationToken cancellationToken) =>
        WriteAsync((connection, transaction) =>
        {
            using var command = connection.Command("UPDATE buckets SET cors = $cors WHERE name = $name", transaction);
            return command.With("$cors", cors).With("$name", bucket).ExecuteNonQuery() == 1
                ? 0
                : throw new StorageException(StorageErrorCode.NoSuchBucket);
        }, cancellationToken);
}
