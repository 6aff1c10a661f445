using System.Globalization;

namespace Kura.Protocol;

/// <summary>Header formats: quoted ETags and RFC 1123 dates.</summary>
internal static class HttpFormats
{
    public static string QuoteETag(string etag) => "\"" + etag + "\"";

    /// <summary>Strips quotes (and a weak prefix) from an ETag a client sent.</summary>
    public static string UnquoteETag(string etag)
    {
        var value = etag.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return value.Trim('"');
    }

    public static string Date(DateTimeOffset time) =>
        time.UtcDateTime.ToString("R", CultureInfo.InvariantCulture);

    public static DateTimeOffset? ParseDate(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed
            : null;

    /// <summary>Drops the sub-second part: HTTP dates have whole seconds.</summary>
    public static DateTimeOffset ToSeconds(DateTimeOffset time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), time.Offset);
}
