using Kizuki.Sources;
using Kizuki.Sources.GitLab;
using Kizuki.Store;
using Kizuki.Tests.Fixtures;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kizuki.Tests.Sources;

public sealed class GitLabSourceTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private readonly GitLabReplay _replay = new();
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
    public async Task Sync_FirstRun_FollowsNextPageHeaders()
    {
        // Arrange
        var raw = RawCounts.JsonItems(DefectData.GitLab);

        // Act
        var summary = await SyncAsync(GitLabReplay.Token);

        // Assert
        Assert.Equal(raw.Count, summary.Inserted);
        Assert.Equal(4, _server.Requests.Count);
        var stored = await _store.AllAsync();
        var expectedClosed = raw.Count(i => i.GetProperty("state").GetString() == "closed");
        Assert.Equal(expectedClosed, stored.Count(d => d.ClosedAt is not null));
    }

    [Fact]
    public async Task Sync_LabelRemovedUpstream_SecondSyncDropsIt()
    {
        // Arrange
        await SyncAsync(GitLabReplay.Token);
        var issue = _replay.Issues.First(i => i["labels"]!.AsArray().Count > 1);
        var removed = (string)issue["labels"]![0]!;
        issue["labels"]!.AsArray().RemoveAt(0);
        issue["updated_at"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", null);

        // Act
        var summary = await SyncAsync(GitLabReplay.Token);

        // Assert
        Assert.Contains("updated_after=", _server.Requests.Last(), StringComparison.Ordinal);
        Assert.Equal(0, summary.Inserted);
        var stored = (await _store.AllAsync()).Single(d => d.Key == issue["iid"]!.ToString());
        Assert.DoesNotContain(removed, stored.Labels);
        Assert.Equal(16, await _store.CountAsync(null, default));
    }

    [Fact]
    public async Task Sync_WrongToken_401NamesRequestAndStoreUnchanged()
    {
        // Act
        var error = await Assert.ThrowsAsync<SourceException>(() => SyncAsync("wrong"));

        // Assert
        var request = $"GET {_server.BaseUrl}api/v4/projects/12345678/issues?";
        Assert.StartsWith(request, error.Message, StringComparison.Ordinal);
        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await _store.CountAsync(null, default));
    }

    [Fact]
    public async Task Sync_Tracker500_StoreUnchanged()
    {
        // Arrange
        _replay.FailWith500 = true;

        // Act
        var error = await Assert.ThrowsAsync<SourceException>(() => SyncAsync(GitLabReplay.Token));

        // Assert
        Assert.Contains("500 Internal Server Error", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await _store.CountAsync(null, default));
    }

    [Fact]
    public async Task Sync_429WithRetryAfter_WaitsAndCompletes()
    {
        // Arrange
        _replay.TooManyOnRequest = 2;
        var logger = new ListLogger();

        // Act
        var summary = await SyncAsync(GitLabReplay.Token, logger);

        // Assert
        Assert.Equal(16, summary.Inserted);
        Assert.Contains(logger.Lines, l => l.Contains("rate limit reached, waiting 1 s", StringComparison.Ordinal));
    }

    private Task<WriteSummary> SyncAsync(string token, ILogger? logger = null)
    {
        var settings = new TrackerSettings
        {
            Kind = "gitlab",
            BaseUrl = _server.BaseUrl.ToString(),
            Project = "12345678",
            Token = token,
        };
        var source = new GitLabSource(settings, new HttpClient(), logger ?? NullLogger.Instance, TimeProvider.System);
        var runner = new SyncRunner(_store, NullLogger<SyncRunner>.Instance);
        return runner.RunAsync(source, incremental: true, null, default);
    }
}
