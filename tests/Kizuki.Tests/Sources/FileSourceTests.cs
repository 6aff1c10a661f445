using System.Globalization;
using System.Text.Json;
using Kizuki.Model;
using Kizuki.Sources.Files;
using Kizuki.Tests.Fixtures;

namespace Kizuki.Tests.Sources;

public sealed class FileSourceTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Import_HuggingFaceJsonLinesGzip_StoresIssuesOnlyWithRawCounts()
    {
        // Arrange
        var raw = RawCounts.JsonItems(DefectData.GitHubHuggingFace);
        var issues = RawCounts.GitHubIssues(DefectData.GitHubHuggingFace);
        var expectedClosed = issues.Count(i => i.GetProperty("state").GetString() == "closed");
        var expectedLabels = RawCounts.LabelCounts(issues.Select(i => i.GetProperty("labels")));
        await using var store = await StoreHelpers.OpenSqliteAsync(_directory);
        var source = new FileSource(DefectData.GitHubHuggingFace, new FileImportOptions());

        // Act
        var summary = await store.ImportAsync(source);
        var stored = await store.AllAsync();

        // Assert
        Assert.Equal(FileFormat.GitHubJson, source.Format);
        Assert.Equal(7258, raw.Count);
        Assert.Equal(3019, issues.Count);
        Assert.Equal(issues.Count, summary.Inserted);
        Assert.Equal(issues.Count, stored.Count);
        Assert.Equal(expectedClosed, stored.Count(d => d.State == IssueState.Closed));
        Assert.Equal(2265, expectedClosed);
        Assert.Equal(708, expectedLabels["bug"]);
        var storedLabels = stored.SelectMany(d => d.Labels).GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expectedLabels.OrderBy(p => p.Key), storedLabels.OrderBy(p => p.Key));
        Assert.All(stored, d => Assert.Equal("github:huggingface/datasets", d.Source));
    }

    [Fact]
    public async Task Import_SameFileTwice_IsIdempotent()
    {
        // Arrange
        await using var store = await StoreHelpers.OpenSqliteAsync(_directory);
        var source = new FileSource(DefectData.GitHubAnts, new FileImportOptions());
        await store.ImportAsync(source);

        // Act
        var second = await store.ImportAsync(source);

        // Assert
        Assert.Equal(0, second.Inserted);
        Assert.Equal(RawCounts.GitHubIssues(DefectData.GitHubAnts).Count, await store.CountAsync(null, default));
    }

    [Fact]
    public async Task Import_AntsJsonArray_SkipsPullRequestsAndCountsLabels()
    {
        // Arrange
        var issues = RawCounts.GitHubIssues(DefectData.GitHubAnts);
        var expectedLabels = RawCounts.LabelCounts(issues.Select(i => i.GetProperty("labels")));
        await using var store = await StoreHelpers.OpenSqliteAsync(_directory);

        // Act
        await store.ImportAsync(new FileSource(DefectData.GitHubAnts, new FileImportOptions()));
        var stored = await store.AllAsync();

        // Assert
        Assert.Equal(26, issues.Count);
        Assert.Equal(26, stored.Count);
        Assert.Equal(expectedLabels["bug"], stored.Count(d => d.Labels.Contains("bug")));
        Assert.Equal(expectedLabels["enhancement"], stored.Count(d => d.Labels.Contains("enhancement")));
    }

    [Fact]
    public async Task Import_GitLabDump_KeepsStringLabelsAndStates()
    {
        // Arrange
        var raw = RawCounts.JsonItems(DefectData.GitLab);
        var expectedLabels = RawCounts.LabelCounts(raw.Select(i => i.GetProperty("labels")));
        var expectedOpen = raw.Count(i => i.GetProperty("state").GetString() == "opened");
        await using var store = await StoreHelpers.OpenSqliteAsync(_directory);
        var source = new FileSource(DefectData.GitLab, new FileImportOptions());

        // Act
        await store.ImportAsync(source);
        var stored = await store.AllAsync();

        // Assert
        Assert.Equal(FileFormat.GitLabJson, source.Format);
        Assert.Equal(16, stored.Count);
        Assert.Equal(expectedOpen, stored.Count(d => d.State == IssueState.Open));
        foreach (var (label, count) in expectedLabels)
        {
            Assert.Equal(count, stored.Count(d => d.Labels.Contains(label)));
        }

        var first = stored.Single(d => d.Key == "1");
        Assert.Equal(DateTimeOffset.Parse("2019-06-20T15:04:58.946Z", CultureInfo.InvariantCulture), first.CreatedAt);
    }

    [Fact]
    public async Task Import_JiraBoardDump_ConvertsOffsetsAndKeepsCustomFields()
    {
        // Arrange
        var raw = RawCounts.JsonItems(DefectData.JiraBoard);
        var expectedTypes = raw.GroupBy(i => i.GetProperty("fields").GetProperty("issuetype").GetProperty("name")
            .GetString()!).ToDictionary(g => g.Key, g => g.Count());
        var options = new FileImportOptions { CustomFields = ["customfield_10024"] };
        await using var store = await StoreHelpers.OpenSqliteAsync(_directory);
        var source = new FileSource(DefectData.JiraBoard, options);

        // Act
        await store.ImportAsync(source);
        var stored = await store.AllAsync();

        // Assert
        Assert.Equal(FileFormat.JiraJson, source.Format);
        Assert.Equal(33, stored.Count);
        Assert.Equal(1, expectedTypes["缺陷"]);
        Assert.Equal(expectedTypes.OrderBy(p => p.Key), stored.GroupBy(d => d.Type!)
            .ToDictionary(g => g.Key, g => g.Count()).OrderBy(p => p.Key));
        var ee1 = stored.Single(d => d.Key == "EE-1");
        Assert.Equal(new DateTimeOffset(2020, 6, 12, 0, 13, 13, 360, TimeSpan.Zero), ee1.CreatedAt);
        Assert.Equal("-1", ee1.Fields["customfield_10024"]);
        Assert.Equal("2", stored.Single(d => d.Key == "EE-2").Fields["customfield_10024"]);
        Assert.Null(stored.Single(d => d.Key == "EE-3").Fields["customfield_10024"]);
        Assert.Equal(
            raw.Count(i => i.GetProperty("fields").GetProperty("labels").EnumerateArray()
                .Any(l => l.GetString() == "frontEnd")),
            stored.Count(d => d.Labels.Contains("frontEnd")));
    }

    [Fact]
    public async Task Import_JiraCsvExport_ReadsMultilineRecordsAndLocalDates()
    {
        // Arrange
        var (header, rows) = RawCounts.Csv(DefectData.JiraCsv);
        var resolvedColumn = Array.IndexOf(header, "Resolved");
        var priorityColumn = Array.IndexOf(header, "Priority");
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var options = new FileImportOptions { CsvTimeZone = tokyo };
        await using var store = await StoreHelpers.OpenSqliteAsync(_directory);
        var source = new FileSource(DefectData.JiraCsv, options);

        // Act
        await store.ImportAsync(source);
        var stored = await store.AllAsync();

        // Assert
        Assert.Equal(FileFormat.JiraCsv, source.Format);
        Assert.Equal(2503, rows.Count);
        Assert.Equal(rows.Count, stored.Count);
        Assert.Equal(rows.Count(r => r[resolvedColumn].Length > 0), stored.Count(d => d.ClosedAt is not null));
        Assert.Equal(
            rows.Count(r => r[priorityColumn] == "Blocker"),
            stored.Count(d => d.Priority == "Blocker"));
        var first = stored.Single(d => d.Key == "13404344");
        Assert.Equal(new DateTimeOffset(2021, 9, 30, 8, 20, 0, TimeSpan.Zero), first.CreatedAt);
        Assert.Equal("jira:jira-export-hadoop-bugs", first.Source);
    }

    [Fact]
    public async Task Import_TruncatedJson_NamesFileAndLineAndLeavesStoreUnchanged()
    {
        // Arrange
        await using var store = await StoreHelpers.OpenSqliteAsync(_directory);
        await store.ImportAsync(new FileSource(DefectData.GitLab, new FileImportOptions()));
        var text = await File.ReadAllTextAsync(DefectData.GitHubAnts);
        var truncated = _directory.File("truncated.json");
        await File.WriteAllTextAsync(truncated, text[..(text.Length * 2 / 3)]);

        // Act
        var error = await Assert.ThrowsAsync<Kizuki.Sources.SourceException>(
            () => store.ImportAsync(new FileSource(truncated, new FileImportOptions())));

        // Assert
        Assert.Contains("truncated.json line ", error.Message, StringComparison.Ordinal);
        Assert.Equal(16, await store.CountAsync(null, default));
    }

    [Fact]
    public async Task Import_CsvWithBrokenQuote_NamesLineAndLeavesStoreUnchanged()
    {
        // Arrange
        await using var store = await StoreHelpers.OpenSqliteAsync(_directory);
        var broken = _directory.File("broken.csv");
        await File.WriteAllTextAsync(broken, string.Join('\n',
            "Summary,Issue id,Status,Priority,Resolution,Created,Resolved,Affects Version/s,Description",
            "Fine row,1,Open,Major,,30/Sep/21 17:20,,3.4.0,plain",
            "Broken row,2,Open,Major,,30/Sep/21 17:21,,3.4.0,\"never closed",
            "Next row,3,Open,Major,,30/Sep/21 17:22,,3.4.0,plain"));

        // Act
        var error = await Assert.ThrowsAsync<Kizuki.Sources.SourceException>(
            () => store.ImportAsync(new FileSource(broken, new FileImportOptions())));

        // Assert
        Assert.Contains("broken.csv line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await store.CountAsync(null, default));
    }

    [Fact]
    public void Detect_UnknownFormat_SaysHowToNameIt()
    {
        // Arrange
        var odd = _directory.File("odd.json");
        File.WriteAllText(odd, JsonSerializer.Serialize(new[] { new { hello = "world" } }));

        // Act
        var error = Assert.Throws<Kizuki.Sources.SourceException>(() => new FileSource(odd, new FileImportOptions()));

        // Assert
        Assert.Contains("odd.json: unknown format", error.Message, StringComparison.Ordinal);
        Assert.Contains("--format", error.Message, StringComparison.Ordinal);
    }
}
