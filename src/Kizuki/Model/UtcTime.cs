using System.Globalization;

namespace Kizuki.Model;

/// <summary>Parsing of tracker timestamps into UTC instants.</summary>
internal static class UtcTime
{
    /// <summary>Parses an ISO-8601 timestamp with an offset or Z and returns it in UTC.</summary>
    /// <exception cref="FormatException">The text is not such a timestamp.</exception>
    public static DateTimeOffset ParseIso(string text)
    {
        // Jira writes "+0800" without a colon, which DateTimeOffset.TryParse misreads.
        var trimmed = text.Trim();
        if (trimmed.Length > 5 && (trimmed[^5] == '+' || trimmed[^5] == '-') && trimmed[^3] != ':')
        {
            trimmed = string.Concat(trimmed.AsSpan(0, trimmed.Length - 2), ":", trimmed.AsSpan(trimmed.Length - 2));
        }

        if (DateTimeOffset.TryParse(
                trimmed,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out var value))
        {
            return value.ToUniversalTime();
        }

        throw new FormatException($"'{text}' is not an ISO-8601 timestamp");
    }

    /// <summary>Like <see cref="ParseIso"/> but null or empty text gives null.</summary>
    public static DateTimeOffset? ParseIsoOrNull(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : ParseIso(text);
}
