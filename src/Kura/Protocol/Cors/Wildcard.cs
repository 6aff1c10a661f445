namespace Kura.Protocol.Cors;

/// <summary>S3's CORS patterns: literal text with at most one '*' standing for any run of characters.</summary>
internal static class Wildcard
{
    public static bool Matches(string pattern, string value, bool ignoreCase)
    {
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var star = pattern.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return string.Equals(pattern, value, comparison);
        }

        var head = pattern[..star];
        var tail = pattern[(star + 1)..];
        return value.Length >= head.Length + tail.Length
            && value.StartsWith(head, comparison)
            && value.EndsWith(tail, comparison);
    }
}
