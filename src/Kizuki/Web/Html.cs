using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Kizuki.Web;

/// <summary>
/// Encoding for everything written into pages. Every text from a tracker (titles, bodies,
/// labels, names) goes through <see cref="Text"/>; Japanese passes through unescaped so the
/// pages stay readable, while &lt; &gt; &amp; and quotes are always escaped.
/// </summary>
internal static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Text or attribute content, escaped.</summary>
    public static string Text(string? value) => value is null ? string.Empty : Encoder.Encode(value);

    /// <summary>A URL query value, escaped for both the URL and the attribute.</summary>
    public static string Query(string? value) => Text(Uri.EscapeDataString(value ?? string.Empty));

    /// <summary>An integer with thousands separators.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A number with <paramref name="digits"/> decimals, or "–" for NaN.</summary>
    public static string Number(double value, int digits = 1) =>
        double.IsFinite(value) ? value.ToString("N" + digits, CultureInfo.InvariantCulture) : "–";

    /// <summary>A share as a percentage, or "–" for NaN.</summary>
    public static string Percent(double share) =>
        double.IsFinite(share) ? (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";

    /// <summary>A p-value in the usual short form.</summary>
    public static string P(double p) => p < 0.001
        ? "p < 0.001"
        : "p = " + p.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>An invariant number for SVG coordinates.</summary>
    public static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A day as yyyy-MM-dd.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
