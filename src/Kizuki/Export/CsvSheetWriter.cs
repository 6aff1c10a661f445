using System.Globalization;
using System.Text;

namespace Kizuki.Export;

/// <summary>
/// Writes a <see cref="Sheet"/> as RFC 4180 CSV in UTF-8 with a BOM, which Excel needs to show Japanese.
/// </summary>
internal static class CsvSheetWriter
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes <paramref name="sheet"/> to <paramref name="path"/>, replacing any file there.</summary>
    public static async Task WriteAsync(Sheet sheet, string path, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(path, append: false, Utf8WithBom);
        await writer.WriteLineAsync(string.Join(',', sheet.Header.Select(Quote)).AsMemory(), cancellationToken);
        foreach (var row in sheet.Rows)
        {
            await writer.WriteLineAsync(string.Join(',', row.Select(Cell)).AsMemory(), cancellationToken);
        }
    }

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        DateTime { TimeOfDay.Ticks: 0 } date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => Quote(value.ToString() ?? string.Empty),
    };

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0
            ? text
            : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
