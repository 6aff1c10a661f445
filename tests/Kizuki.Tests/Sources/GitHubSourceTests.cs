using System.Diagnostics;
using Kizuki.Sources.GitHub;
using Kizuki.Sources;
using Kizuki.Store;
using Kizuki.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;

namespace Kizuki.Tests.Sources;

public sealed class GitHubSourceTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private readonly GitHubReplay _replay = new();
    private ReplayServer _server = null!;
    private IDefectStore _store = null!;

    public async Task InitializeAsync()
    {
        _server = await ReplayServer.StartAsync(_replay.Map);
        _store = await StoreHelpers.OpenSqliteAsync(_directory);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _server.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Sync_FirstRun_FollowsLinkPagesAndSkipsPullRequests()
    {
        // Arrange
        var expectedIssues = RawCounts.GitHubIssues(DefectData.GitHubAnts).Count;

        // Act
        var summary = await SyncAsync(GitHubReplay.Token);

        // Assert
        Assert.Equal(26, expectedIssues);
        Assert.Equal(expectedIssues, summary.Inserted);
        Assert.Equal(5, _server.Requests.Count);
        Assert.Contains(_server.Requests, r => r.Contains("page=5", StringComparison.Ordinal));
        Assert.All(await _store.AllAsync(), d => Assert.Equal("github:panjf2000/ants", d.Source));
    }

    [Fact]
    public async Task Sync_LabelRemovedAndTitleChangedUpstream_SecondSyncUpdatesWithoutDuplicates()
    {
        // Arrange
        await SyncAsync(GitHubReplay.Token);
        var labelled = _replay.Issues.First(i => i["pull_request"] is null && i["labels"]!.AsArray().Count > 0);
        var number = (int)labelled["number"]!;
        var removed = (string)labelled["labels"]![0]!["name"]!;
        labelled["labels"]!.AsArray().RemoveAt(0);
        labelled["title"] = "renamed upstream";
        GitHubReplay.Touch(labelled, DateTimeOffset.UtcNow);
        var requestsBefore = _server.Requests.Count;

        // Act
        var summary = await SyncAsync(GitHubReplay.Token);

        // Assert
        Assert.Contains("since=", _server.Requests.Last(), StringComparison.Ordinal);
        Assert.Equal(1, _server.Requests.Count - requestsBefore);
        Assert.Equal(0, summary.Inserted);
        var stored = await _store.AllAsync();
        Assert.Equal(26, stored.Count);
        var issue = stored.Single(d => d.Key == number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("renamed upstream", issue.Title);
        Assert.DoesNotContain(removed, issue.Labels);
    }

    [Fact]
    public async Task Sync_WrongToken_401NamesRequestAndStoreUnchanged()
    {
        // Act
        var error = await Assert.ThrowsAsync<SourceException>(() => SyncAsync("wrong-token"));

        // Assert
        var request = "GET " + _server.BaseUrl + "api/v3/repos/panjf2000/ants/issues";
        Assert.Contains(request, error.Message, StringComparison.Ordinal);
        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-token", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await _store.CountAsync(null, default));
    }

    [Fact]
    public async Task Sync_Tracker500_ErrorNamesRequestAndStoreUnchanged()
    {
        // Arrange
        await SyncAsync(GitHubReplay.Token);
        GitHubReplay.Touch(_replay.Issues.First(i => i["pull_request"] is null), DateTimeOffset.UtcNow);
        _replay.FailWith500 = true;

        // Act
        var error = await Assert.ThrowsAsync<SourceException>(() => SyncAsync(GitHubReplay.Token));

        // Assert
        Assert.Contains("500", error.Message, StringComparison.Ordinal);
        Assert.Contains("/issues", error.Message, StringComparison.Ordinal);
        Assert.Equal(26, await _store.CountAsync(null, default));
    }

    [Fact]
    public async Task Sync_RateLimitSpent_WaitsForResetWithLogLine()
    {
        // Arrange
        _replay.ExhaustOnRequest = 1;
        var logger = new ListLogger();
        var clock = Stopwatch.StartNew();

        // Act
        var summary = await SyncAsync(GitHubReplay.Token, logger);

        // Assert
        Assert.Equal(26, summary.Inserted);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1), $"waited only {clock.Elapsed}");
        Assert.Contains(logger.Lines, l => l.Contains("rate limit reached, waiting", StringComparison.Ordinal));
    }

    private Task<WriteSummary> SyncAsync(string token, ILogger? logger = null)
    {
        var settings = new TrackerSettings
        {
            Kind = "github",
            BaseUrl = _server.BaseUrl.ToString(),
            Project = "panjf2000/ants",
            Token = token,
        };
        var source = new GitHubSource(settings, logger ?? NullLogger.Instance, TimeProvider.System);
        var runner = new SyncRunner(_store, NullLogger<SyncRunner>.Instance);
        return runner.RunAsync(source, incremental: true, null, default);
    }
}
