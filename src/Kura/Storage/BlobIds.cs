namespace Kura.Storage;

/// <summary>Blob names: 32 lowercase hex digits from a random GUID, never from a key.</summary>
internal static class BlobIds
{
    public static string New() => Guid.NewGuid().ToString("N");

    public static bool IsValid(string name) =>
        name.Length == 32 && name.All(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c));
}
