using System.Globalization;
using System.Text.Json;

namespace Kizuki.Tests.Fixtures;

/// <summary>
/// Dashboard-style figures computed straight from the raw huggingface dump with System.Text.Json,
/// independently of Kizuki's readers, index and calculator. Days are UTC days.
/// </summary>
internal sealed class RawIssueCounts
{
    public RawIssueCounts(string path)
    {
        Issues = [.. RawCounts.GitHubIssues(path).Select(i => new RawIssue(
            Instant(i.GetProperty("created_at").GetString()!),
            i.GetProperty("state").GetString() == "closed"
                && i.GetProperty("closed_at").ValueKind == JsonValueKind.String
                ? Instant(i.GetProperty("closed_at").GetString()!)
                : null,
            [.. i.GetProperty("labels").EnumerateArray().Select(l => l.GetProperty("name").GetString()!)]))];
    }

    public List<RawIssue> Issues { get; }

    /// <summary>Issues per "yyyy-MM" of creation.</summary>
    public Dictionary<string, int> CreatedPerMonth(Func<RawIssue, bool> where) =>
        Issues.Where(where).GroupBy(i => Month(i.Created)).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Issues per "yyyy-MM" of closing.</summary>
    public Dictionary<string, int> ClosedPerMonth(Func<RawIssue, bool> where) =>
        Issues.Where(i => i.Closed is not null && where(i)).GroupBy(i => Month(i.Closed!.Value))
            .ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The huggingface bug labels: "bug" and the "... bug" family (dataset bug, metric bug).</summary>
    public static bool IsBug(RawIssue issue) =>
        issue.Labels.Any(l => l == "bug" || l.EndsWith(" bug", StringComparison.Ordinal));

    private static string Month(DateTimeOffset instant) => instant.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static DateTimeOffset Instant(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime();
}

/// <summary>One raw issue: created, closed (null when open), label names.</summary>
internal sealed record RawIssue(DateTimeOffset Created, DateTimeOffset? Closed, string[] Labels);
