using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Kizuki.Sources.Files;

/// <summary>
/// Streams the items of a JSON dump: a top-level array, JSON lines (any sequence of top-level
/// values), or a Jira search page whose <c>issues</c> array holds them. Only one item is in
/// memory at a time, except a search page, which is read whole.
/// </summary>
internal static class JsonItemReader
{
    /// <summary>Each item with its 1-based position in the file.</summary>
    /// <exception cref="SourceException">The JSON is malformed or truncated; the message names the line.</exception>
    public static async IAsyncEnumerable<JsonElement> ReadAsync(
        string path,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var isArray = StartsWithArray(path);
        await using var stream = ExportFile.Open(path);
        var items = isArray
            ? JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream, cancellationToken: cancellationToken)
            : JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(
                stream, topLevelValues: true, cancellationToken: cancellationToken);
        await using var enumerator = items.GetAsyncEnumerator(cancellationToken);

        while (true)
        {
            JsonElement item;
            try
            {
                if (!await enumerator.MoveNextAsync())
                {
                    yield break;
                }

                item = enumerator.Current;
            }
            catch (JsonException ex)
            {
                var line = ex.LineNumber is { } zeroBased ? zeroBased + 1 : 0;
                throw new SourceException(
                    $"{path} line {line}: malformed or truncated JSON ({FirstSentence(ex.Message)})", ex);
            }

            if (item.ValueKind == JsonValueKind.Object
                && item.TryGetProperty("issues", out var page)
                && page.ValueKind == JsonValueKind.Array)
            {
                foreach (var issue in page.EnumerateArray())
                {
                    yield return issue;
                }
            }
            else
            {
                yield return item;
            }
        }
    }

    private static bool StartsWithArray(string path)
    {
        using var stream = ExportFile.Open(path);
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            if (b is not (' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF))
            {
                return b == '[';
            }
        }

        return false;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }
}
