namespace Kura.Auth;

/// <summary>The root pair from the environment; the only key until extra keys exist.</summary>
internal sealed class RootCredentialStore(AccessKey root) : ICredentialStore
{
    public AccessKey? Find(string accessKeyId) =>
        string.Equals(accessKeyId, root.AccessKeyId, StringComparison.Ordinal) ? root : null;
}
