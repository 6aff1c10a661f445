using Kura.Storage;

namespace Kura.Auth;

/// <summary>
/// The root key plus the keys made in the console, held in memory and reloaded from the index
/// whenever they change, so signature checks never touch the disk.
/// </summary>
internal sealed class KeyStore : ICredentialStore
{
    private readonly AccessKey _root;
    private readonly StorageEngine _storage;
    private volatile Dictionary<string, AccessKey> _keys = new(StringComparer.Ordinal);

    public KeyStore(AccessKey root, StorageEngine storage)
    {
        _root = root with { IsRoot = true };
        _storage = storage;
        Reload();
    }

    public AccessKey? Find(string accessKeyId)
    {
        if (string.Equals(accessKeyId, _root.AccessKeyId, StringComparison.Ordinal))
        {
            return _root;
        }

        return _keys.GetValueOrDefault(accessKeyId);
    }

    /// <summary>Every stored key, enabled or not, for the console's list.</summary>
    public IReadOnlyList<AccessKeyRecord> List() => _storage.ListAccessKeys();

    public async Task SaveAsync(AccessKeyRecord key, CancellationToken cancellationToken)
    {
        await _storage.SaveAccessKeyAsync(key, cancellationToken);
        Reload();
    }

    public async Task<bool> DeleteAsync(string accessKey, CancellationToken cancellationToken)
    {
        var deleted = await _storage.DeleteAccessKeyAsync(accessKey, cancellationToken);
        Reload();
        return deleted;
    }

    private void Reload()
    {
        _keys = _storage.ListAccessKeys()
            .Where(k => k.Enabled && k.AccessKey != _root.AccessKeyId)
            .ToDictionary(
                k => k.AccessKey,
                k => new AccessKey(k.AccessKey, k.Secret)
                {
                    Bucket = k.Bucket,
                    Prefix = k.Prefix,
                    ReadOnly = k.ReadOnly,
                },
                StringComparer.Ordinal);
    }
}
