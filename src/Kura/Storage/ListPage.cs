namespace Kura.Storage;

/// <summary>
/// A page of keys and common prefixes in UTF-8 byte order. <see cref="LastReturned"/> is the key
/// or common prefix to continue after.
/// </summary>
internal sealed record ListPage(
    IReadOnlyList<ListedObject> Objects,
    IReadOnlyList<string> CommonPrefixes,
    bool IsTruncated,
    string? LastReturned);
