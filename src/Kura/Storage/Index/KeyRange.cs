namespace Kura.Storage.Index;

/// <summary>Byte-level helpers for listing keys in S3's UTF-8 byte order.</summary>
internal static class KeyRange
{
    /// <summary>
    /// The smallest byte string above every key that starts with <paramref name="prefix"/>.
    /// 0xFF never occurs in UTF-8, so prefix || 0xFF sorts after all of them.
    /// </summary>
    public static byte[] After(byte[] prefix)
    {
        var after = new byte[prefix.Length + 1];
        prefix.CopyTo(after, 0);
        after[^1] = 0xFF;
        return after;
    }

    /// <summary>
    /// The common prefix <paramref name="key"/> rolls up into: everything up to and including the
    /// first delimiter after <paramref name="prefix"/>, or null when there is none.
    /// </summary>
    public static byte[]? CommonPrefix(byte[] key, byte[] prefix, byte[] delimiter)
    {
        if (key.Length < prefix.Length || !key.AsSpan(0, prefix.Length).SequenceEqual(prefix))
        {
            return null;
        }

        var at = key.AsSpan(prefix.Length).IndexOf(delimiter);
        return at < 0 ? null : key[..(prefix.Length + at + delimiter.Length)];
    }
}
