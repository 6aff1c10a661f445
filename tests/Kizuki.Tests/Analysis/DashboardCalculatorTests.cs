using System.Globalization;
using Kizuki.Analysis;
using Kizuki.Sources.Files;
using Kizuki.Taxonomy;
using Kizuki.Tests.Fixtures;

namespace Kizuki.Tests.Analysis;

public sealed class DashboardCalculatorTests : IClassFixture<DashboardCalculatorTests.HuggingFaceIndex>
{
    private const string Source = "github:huggingface/datasets";
    private readonly DefectIndex _index;

    public DashboardCalculatorTests(HuggingFaceIndex fixture) => _index = fixture.Index;

    [Fact]
    public void Compute_AllIssuesPerMonth_EqualsRawFileCounts()
    {
        // Arrange
        var raw = new RawIssueCounts(DefectData.GitHubHuggingFace);
        var query = new DashboardQuery { Source = Source, AllIssues = true, To = new DateOnly(2025, 3, 31) };

        // Act
        var figures = DashboardCalculator.Compute(_index, query, new DateOnly(2026, 12, 3));

        // Assert: every month, and the totals (3,019 issues; 754 open per the data README)
        var created = raw.CreatedPerMonth(_ => true);
        var closed = raw.ClosedPerMonth(_ => true);
        foreach (var row in figures.Timeline)
        {
            var month = row.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            Assert.Equal(created.GetValueOrDefault(month), row.Created);
            Assert.Equal(closed.GetValueOrDefault(month), row.Closed);
        }

        Assert.Equal(raw.Issues.Count, figures.Created);
        Assert.Equal(raw.Issues.Count(i => i.Closed is null), figures.Open);
        Assert.Equal(754, figures.Open);
        Assert.Equal(figures.Open, figures.Timeline[^1].Open);
    }

    [Fact]
    public void Compute_BugsOnly_CountsIssuesWithBugLabels()
    {
        // Arrange
        var raw = new RawIssueCounts(DefectData.GitHubHuggingFace);
        var bugs = raw.Issues.Where(RawIssueCounts.IsBug).ToList();

        // Act
        var figures = DashboardCalculator.Compute(_index, new DashboardQuery(), new DateOnly(2026, 12, 3));

        // Assert
        Assert.Equal(bugs.Count, figures.Created);
        Assert.Equal(bugs.Count(b => b.Closed is not null), figures.Closed);
        Assert.Equal(bugs.Count(b => b.Closed is null), figures.Open);
        Assert.Equal(bugs.Count, figures.Unclassified[0].Count);
    }

    [Fact]
    public void Compute_PeriodInTheMiddle_CarriesOpenIssuesIn()
    {
        // Arrange: open at the end of 2022-06-30 = created by then and not closed by then
        var raw = new RawIssueCounts(DefectData.GitHubHuggingFace);
        var end = new DateTimeOffset(2022, 7, 1, 0, 0, 0, TimeSpan.Zero);
        var expectedOpen = raw.Issues.Count(i => i.Created < end && (i.Closed is null || i.Closed >= end));
        var query = new DashboardQuery
        {
            AllIssues = true,
            From = new DateOnly(2022, 1, 1),
            To = new DateOnly(2022, 6, 30),
            Granularity = Granularity.Week,
        };

        // Act
        var figures = DashboardCalculator.Compute(_index, query, new DateOnly(2026, 12, 3));

        // Assert
        Assert.Equal(expectedOpen, figures.Open);
        Assert.Equal(expectedOpen, figures.Timeline[^1].Open);
        Assert.Equal(DayOfWeek.Monday, figures.Timeline[1].Start.DayOfWeek);
        Assert.Equal(expectedOpen, figures.OpenAge.Sum(r => r.Count));
    }

    /// <summary>The huggingface dump imported once and indexed, shared by the tests of this class.</summary>
    public sealed class HuggingFaceIndex : IAsyncLifetime
    {
        private readonly TempDirectory _directory = new();

        internal DefectIndex Index { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await using var store = await StoreHelpers.OpenSqliteAsync(_directory);
            await store.ImportAsync(new FileSource(DefectData.GitHubHuggingFace, new FileImportOptions()));
            Index = await DefectIndexBuilder.BuildAsync(store, TaxonomyLoader.LoadDefault(), TimeZoneInfo.Utc, default);
        }

        public Task DisposeAsync()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _directory.Dispose();
            return Task.CompletedTask;
        }
    }
}
