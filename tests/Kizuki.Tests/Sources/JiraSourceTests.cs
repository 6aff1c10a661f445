using System.Globalization;
using Kizuki.Sources;
using Kizuki.Sources.Jira;
using Kizuki.Store;
using Kizuki.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kizuki.Tests.Sources;

public sealed class JiraSourceTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private readonly JiraReplay _replay = new();
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
    public async Task Sync_FirstRun_PagesThroughSearchAndKeepsCustomFields()
    {
        // Act
        var summary = await SyncAsync(JiraReplay.Token);

        // Assert
        Assert.Equal(33, summary.Inserted);
        Assert.Equal(4, _replay.Searches.Count);
        var stored = await _store.AllAsync();
        Assert.Equal("-1", stored.Single(d => d.Key == "EE-1").Fields["customfield_10024"]);
        Assert.Equal("2", stored.Single(d => d.Key == "EE-2").Fields["customfield_10024"]);
        Assert.Null(stored.Single(d => d.Key == "EE-3").Fields["customfield_10024"]);
        Assert.All(stored, d => Assert.Equal("jira:EE", d.Source));
    }

    [Fact]
    public async Task Sync_UserZoneBehindUtc_CursorConvertedSoLaterUpdateIsNotMissed()
    {
        // Arrange: the user sits in Los Angeles (UTC-7/-8); an issue changes two hours after the cursor.
        await SyncAsync(JiraReplay.Token);
        var cursor = _replay.Issues.Max(JiraReplay.Updated).ToUniversalTime();
        var changed = _replay.Issues.First(i => ((string)i["key"]!) == "EE-5");
        changed["fields"]!["labels"] = new System.Text.Json.Nodes.JsonArray("regression");
        JiraReplay.Touch(changed, cursor.AddHours(2));
        var losAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        var expectedClause = TimeZoneInfo.ConvertTime(cursor, losAngeles)
            .ToString("yyyy'/'MM'/'dd HH:mm", CultureInfo.InvariantCulture);

        // Act
        var summary = await SyncAsync(JiraReplay.Token);

        // Assert
        Assert.Contains($"updated >= \"{expectedClause}\"", _replay.Searches.Last(), StringComparison.Ordinal);
        Assert.Equal(0, summary.Inserted);
        Assert.True(summary.Read >= 1);
        var stored = (await _store.AllAsync()).Single(d => d.Key == "EE-5");
        Assert.Equal(["regression"], stored.Labels);
        Assert.Equal(cursor.AddHours(2), stored.UpdatedAt);
        Assert.Equal(33, await _store.CountAsync(null, default));
    }

    [Fact]
    public async Task Sync_WrongToken_401NamesRequestAndStoreUnchanged()
    {
        // Act
        var error = await Assert.ThrowsAsync<SourceException>(() => SyncAsync("wrong"));

        // Assert
        Assert.StartsWith($"GET {_server.BaseUrl}rest/api/2/search?jql=", error.Message, StringComparison.Ordinal);
        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.Contains("check the token", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await _store.CountAsync(null, default));
    }

    [Fact]
    public async Task Sync_Tracker500_StoreUnchanged()
    {
        // Arrange
        await SyncAsync(JiraReplay.Token);
        _replay.FailWith500 = true;

        // Act
        var error = await Assert.ThrowsAsync<SourceException>(() => SyncAsync(JiraReplay.Token));

        // Assert
        Assert.Contains("500", error.Message, StringComparison.Ordinal);
        Assert.Equal(33, await _store.CountAsync(null, default));
    }

    private Task<WriteSummary> SyncAsync(string token)
    {
        var settings = new TrackerSettings
        {
            Kind = "jira",
            BaseUrl = _server.BaseUrl.ToString(),
            Jql = "project = EE",
            User = JiraReplay.User,
            Token = token,
            CustomFields = ["customfield_10024"],
        };
        var source = new JiraSource(settings, new HttpClient(), NullLogger.Instance, TimeProvider.System);
        var runner = new SyncRunner(_store, NullLogger<SyncRunner>.Instance);
        return runner.RunAsync(source, incremental: true, null, default);
    }
}
