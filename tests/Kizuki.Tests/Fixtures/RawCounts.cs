using System.IO.Compression;
using System.Text.Json;
using Microsoft.VisualBasic.FileIO;

namespace Kizuki.Tests.Fixtures;

/// <summary>
/// Expected values computed straight from the raw files with the framework's own JSON and CSV
/// parsers, independently of Kizuki's readers.
/// </summary>
internal static class RawCounts
{
    /// <summary>Every top-level item of a JSON array or JSON-lines file (gzip allowed).</summary>
    public static List<JsonElement> JsonItems(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal)
            ? new GZipStream(file, CompressionMode.Decompress)
            : file;
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        if (text.TrimStart().StartsWith('['))
        {
            return [.. JsonDocument.Parse(text).RootElement.EnumerateArray().Select(e => e.Clone())];
        }

        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }

    /// <summary>GitHub items that are issues (their pull_request is absent or null), one per number.</summary>
    public static List<JsonElement> GitHubIssues(string path) =>
        [.. JsonItems(path)
            .Where(i => !i.TryGetProperty("pull_request", out var pr) || pr.ValueKind == JsonValueKind.Null)
            .DistinctBy(i => i.GetProperty("number").GetInt64())];

    /// <summary>How often each label name occurs in the given label arrays.</summary>
    public static Dictionary<string, int> LabelCounts(IEnumerable<JsonElement> labelArrays) =>
        labelArrays
            .SelectMany(a => a.EnumerateArray())
            .Select(l => l.ValueKind == JsonValueKind.String ? l.GetString()! : l.GetProperty("name").GetString()!)
            .GroupBy(n => n)
            .ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The Jira CSV's header and records, parsed by the VB TextFieldParser.</summary>
    public static (string[] Header, List<string[]> Rows) Csv(string path)
    {
        using var parser = new TextFieldParser(path) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return (header, rows);
    }
}
