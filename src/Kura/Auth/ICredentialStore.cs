namespace Kura.Auth;

/// <summary>Looks up the secret behind an access key id.</summary>
internal interface ICredentialStore
{
    AccessKey? Find(string accessKeyId);
}
