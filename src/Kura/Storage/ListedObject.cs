namespace Kura.Storage;

/// <summary>The columns a key listing returns for one object.</summary>
internal sealed record ListedObject(string Key, long Size, string ETag, DateTimeOffset LastModified);
