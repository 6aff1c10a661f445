namespace Kura.Storage;

/// <summary>An operation the engine refused for a reason the client should hear about.</summary>
internal sealed class StorageException : Exception
{
    public StorageException(StorageErrorCode code, string? detail = null)
        : base(detail ?? code.ToString())
    {
        Code = code;
    }

    public StorageException(StorageErrorCode code, string detail, Exception inner)
        : base(detail, inner)
    {
        Code = code;
    }

    public StorageErrorCode Code { get; }
}
