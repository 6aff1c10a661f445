namespace Kura.Storage;

/// <summary>
/// One page of a key listing. <see cref="After"/> is exclusive and covers marker, start-after
/// and a decoded continuation token alike.
/// </summary>
internal sealed record ListRequest(string Prefix, string? Delimiter, string? After, int MaxKeys);
