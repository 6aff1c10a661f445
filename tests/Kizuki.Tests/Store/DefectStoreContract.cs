using Kizuki.Model;
using Kizuki.Sources.Files;
using Kizuki.Store;
using Kizuki.Tests.Fixtures;

namespace Kizuki.Tests.Store;

/// <summary>The store behaviour every dialect must show; one subclass per database runs it.</summary>
public abstract partial class DefectStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = new(2024, 4, 1, 9, 0, 0, TimeSpan.Zero);

    private protected IDefectStore Store { get; private set; } = null!;

    public async Task InitializeAsync() => Store = await OpenStoreAsync();

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        await DisposeDatabaseAsync();
    }

    [Fact]
    public async Task Write_NewIssue_ReadsBackSameValuesInUtc()
    {
        // Arrange
        var tokyoMorning = new DateTimeOffset(2024, 4, 1, 9, 0, 0, TimeSpan.FromHours(9));
        var defect = Issue("1", Monday, ["bug", "原因:仕様漏れ"]) with
        {
            CreatedAt = tokyoMorning,
            ClosedAt = tokyoMorning.AddDays(2),
            Priority = "High",
            Fields = new Dictionary<string, string?> { ["customfield_10024"] = "2", ["empty"] = null },
        };

        // Act
        await Store.WriteAsync(One(defect), null, null, default);
        var stored = Assert.Single(await Store.AllAsync());

        // Assert
        Assert.Equal(tokyoMorning, stored.CreatedAt);
        Assert.Equal(TimeSpan.Zero, stored.CreatedAt.Offset);
        Assert.Equal(new DateTimeOffset(2024, 4, 3, 0, 0, 0, TimeSpan.Zero), stored.ClosedAt);
        Assert.Equal(["bug", "原因:仕様漏れ"], stored.Labels);
        Assert.Equal("2", stored.Fields["customfield_10024"]);
        Assert.Null(stored.Fields["empty"]);
        Assert.Equal("High", stored.Priority);
    }

    [Fact]
    public async Task Write_LabelRemovedUpstream_LabelIsGone()
    {
        // Arrange
        await Store.WriteAsync(One(Issue("7", Monday, ["bug", "needs-triage"])), null, null, default);

        // Act
        await Store.WriteAsync(One(Issue("7", Monday.AddHours(1), ["bug"])), null, null, default);

        // Assert
        Assert.Equal(["bug"], Assert.Single(await Store.AllAsync()).Labels);
    }

    [Fact]
    public async Task Write_OlderCopy_KeepsNewerStoredIssue()
    {
        // Arrange
        await Store.WriteAsync(One(Issue("7", Monday, ["bug"]) with { Title = "new" }), null, null, default);

        // Act
        var summary = await Store.WriteAsync(
            One(Issue("7", Monday.AddDays(-1), []) with { Title = "old" }), null, null, default);

        // Assert
        Assert.Equal(1, summary.SkippedOlder);
        var stored = Assert.Single(await Store.AllAsync());
        Assert.Equal("new", stored.Title);
        Assert.Equal(["bug"], stored.Labels);
    }

    [Fact]
    public async Task Write_SourceFailsMidway_StoreUnchanged()
    {
        // Arrange
        await Store.WriteAsync(One(Issue("1", Monday, ["bug"])), "test:source", null, default);

        // Act
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => Store.WriteAsync(FailAfterOne(Issue("2", Monday.AddDays(1), [])), "test:source", null, default));

        // Assert
        Assert.Equal(1, await Store.CountAsync(null, default));
        Assert.Equal(Monday, await Store.GetCursorAsync("test:source", default));
    }

    [Fact]
    public async Task Write_WithCursorSource_CursorMovesToNewestUpdate()
    {
        // Arrange
        var issues = new[] { Issue("1", Monday.AddDays(3), []), Issue("2", Monday, []) };

        // Act
        await Store.WriteAsync(issues.ToAsyncEnumerable(), "test:source", null, default);
        await Store.WriteAsync(One(Issue("2", Monday.AddDays(1), [])), "test:source", null, default);

        // Assert
        Assert.Equal(Monday.AddDays(3), await Store.GetCursorAsync("test:source", default));
        Assert.Null(await Store.GetCursorAsync("other", default));
    }

    [Fact]
    public async Task Migrate_RunTwice_KeepsData()
    {
        // Arrange
        await Store.WriteAsync(One(Issue("1", Monday, [])), null, null, default);

        // Act
        await Store.MigrateAsync(default);

        // Assert
        Assert.Equal(1, await Store.CountAsync(null, default));
    }

    [Fact]
    public async Task Import_GitLabDumpTwice_SameRowsAndLabels()
    {
        // Arrange
        var source = new FileSource(DefectData.GitLab, new FileImportOptions());
        await Store.ImportAsync(source);

        // Act
        var again = await Store.ImportAsync(source);
        var stored = await Store.AllAsync();

        // Assert
        Assert.Equal(0, again.Inserted);
        Assert.Equal(16, stored.Count);
        Assert.Equal(7, stored.Count(d => d.Labels.Contains("Data Team")));
    }

    [Fact]
    public async Task Import_HuggingFaceDump_IssueAndBugCountsMatchRawFile()
    {
        // Arrange
        var issues = RawCounts.GitHubIssues(DefectData.GitHubHuggingFace);
        var bugs = RawCounts.LabelCounts(issues.Select(i => i.GetProperty("labels")))["bug"];

        // Act
        await Store.ImportAsync(new FileSource(DefectData.GitHubHuggingFace, new FileImportOptions()));

        // Assert
        Assert.Equal(issues.Count, await Store.CountAsync("github:huggingface/datasets", default));
        Assert.Equal(bugs, (await Store.AllAsync()).Count(d => d.Labels.Contains("bug")));
    }

    private protected abstract Task<IDefectStore> OpenStoreAsync();

    protected virtual Task DisposeDatabaseAsync() => Task.CompletedTask;

    private static Defect Issue(string key, DateTimeOffset updated, IReadOnlyList<string> labels) => new()
    {
        Source = "test:source",
        Key = key,
        Title = "issue " + key,
        State = IssueState.Open,
        CreatedAt = Monday.AddDays(-7),
        UpdatedAt = updated,
        Labels = labels,
    };

    private static async IAsyncEnumerable<Defect> One(Defect defect)
    {
        await Task.Yield();
        yield return defect;
    }

    private static async IAsyncEnumerable<Defect> FailAfterOne(Defect defect)
    {
        await Task.Yield();
        yield return defect;
        throw new InvalidOperationException("source broke after the first issue");
    }
}
