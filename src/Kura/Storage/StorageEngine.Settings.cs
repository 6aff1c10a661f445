namespace Kura.Storage;

internal sealed partial class StorageEngine
{
    public IReadOnlyList<AccessKeyRecord> ListAccessKeys() => _index.ListAccessKeys();

    public Task SaveAccessKeyAsync(AccessKeyRecord key, CancellationToken cancellationToken) =>
        _index.SaveAccessKeyAsync(key, cancellationToken);

    public Task<bool> DeleteAccessKeyAsync(string accessKey, CancellationToken cancellationToken) =>
        _index.DeleteAccessKeyAsync(accessKey, cancellationToken);

    /// <summary>The bucket's CORS configuration as S3 XML, or null when it has none.</summary>
    public string? GetCors(string bucket)
    {
        _ = GetBucket(bucket);
        return _index.GetCors(bucket);
    }

    public Task SetCorsAsync(string bucket, string? cors, CancellationToken cancellationToken) =>
        _index.SetCorsAsync(bucket, cors, cancellationToken);
}
