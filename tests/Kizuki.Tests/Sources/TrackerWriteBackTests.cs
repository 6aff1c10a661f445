using Kizuki.Model;
using Kizuki.Sources;
using Kizuki.Taxonomy;
using Kizuki.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kizuki.Tests.Sources;

public sealed class TrackerWriteBackTests
{
    private static readonly Dimension Cause = TaxonomyLoader.LoadDefault().Dimensions.First(d => d.Id == "cause");

    [Fact]
    public async Task GitLab_WriteToken_AddsLabelThroughIssueEdit()
    {
        // Arrange
        var replay = new GitLabReplay();
        await using var server = await ReplayServer.StartAsync(app => replay.MapWrites(app));
        var iid = replay.Issues[0]["iid"]!.ToString();
        using var http = new HttpClient();
        var writeBack = Writer(http, "gitlab", server, "devlake/test", GitLabReplay.Token);

        // Act
        var defect = Issue("gitlab:devlake/test", iid);
        var (status, detail) = await writeBack.WriteAsync(defect, Cause, "実装ミス", default);

        // Assert
        Assert.Equal(WriteStatus.Written, status);
        Assert.Equal("label 原因:実装ミス", detail);
        var (writtenIid, labels) = Assert.Single(replay.LabelWrites);
        Assert.Equal(iid, writtenIid);
        Assert.Equal(["原因:実装ミス"], labels);
        Assert.Contains("原因:実装ミス", replay.Issues[0]["labels"]!.AsArray().Select(l => (string?)l));
        Assert.Contains("/api/v4/projects/devlake%2Ftest/issues/" + iid, server.Requests);
    }

    [Fact]
    public async Task Jira_WriteToken_AddsLabelWithUpdateVerb()
    {
        // Arrange
        var replay = new JiraReplay();
        await using var server = await ReplayServer.StartAsync(app => replay.MapWrites(app));
        var key = (string)replay.Issues[0]["key"]!;
        using var http = new HttpClient();
        var writeBack = Writer(http, "jira", server, null, JiraReplay.Token);

        // Act
        var (status, _) = await writeBack.WriteAsync(Issue("jira:EE", key), Cause, "設計ミス", default);

        // Assert
        Assert.Equal(WriteStatus.Written, status);
        var (editedKey, body) = Assert.Single(replay.Edits);
        Assert.Equal(key, editedKey);
        Assert.Equal("原因:設計ミス", (string?)body["update"]!["labels"]![0]!["add"]);
        Assert.Single(body);
    }

    [Fact]
    public async Task GitHub_WrongToken_ReportsFailureWithTrackerAnswer()
    {
        // Arrange
        var replay = new GitHubReplay();
        await using var server = await ReplayServer.StartAsync(app => replay.MapWrites(app));
        using var http = new HttpClient();
        var writeBack = Writer(http, "github", server, "panjf2000/ants", "not-the-token");

        // Act
        var defect = Issue("github:panjf2000/ants", "1");
        var (status, detail) = await writeBack.WriteAsync(defect, Cause, "仕様漏れ", default);

        // Assert
        Assert.Equal(WriteStatus.Failed, status);
        Assert.StartsWith("401", detail, StringComparison.Ordinal);
        Assert.Empty(replay.LabelWrites);
    }

    [Fact]
    public async Task NoWriteToken_DecisionStaysLocal()
    {
        // Arrange
        using var http = new HttpClient();
        var writeBack = new TrackerWriteBack(
            [new TrackerSettings { Kind = "github", Project = "panjf2000/ants", Token = "read-only" }],
            http,
            NullLogger.Instance);

        // Act
        var defect = Issue("github:panjf2000/ants", "1");
        var (status, detail) = await writeBack.WriteAsync(defect, Cause, "仕様漏れ", default);

        // Assert
        Assert.Equal(WriteStatus.NotConfigured, status);
        Assert.Null(detail);
    }

    [Fact]
    public void WriteLabel_EveryDefaultDimension_IsReadBackByItsOwnRules()
    {
        // Arrange
        var taxonomy = TaxonomyLoader.LoadDefault();

        // Act + Assert: a written label must classify the same way on the next sync
        foreach (var dimension in taxonomy.Dimensions.Where(d => d.WriteLabel is not null))
        {
            foreach (var value in dimension.Choices.DefaultIfEmpty("auth"))
            {
                var defect = Issue("test:x", "1") with { Labels = [dimension.LabelFor(value)!] };
                Assert.Contains(value, taxonomy.Classify(defect)[dimension.Id].Values);
            }
        }
    }

    private static TrackerWriteBack Writer(
        HttpClient http,
        string kind,
        ReplayServer server,
        string? project,
        string token) =>
        new(
            [new TrackerSettings
            {
                Kind = kind,
                BaseUrl = server.BaseUrl.ToString(),
                Project = project,
                User = kind == "jira" ? JiraReplay.User : null,
                WriteToken = token,
            }],
            http,
            NullLogger.Instance);

    private static Defect Issue(string source, string key) => new()
    {
        Source = source,
        Key = key,
        Title = "t",
        State = IssueState.Open,
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };
}
