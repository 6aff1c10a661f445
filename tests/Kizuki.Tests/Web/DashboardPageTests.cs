using System.Globalization;
using Kizuki.Sources.Files;
using Kizuki.Tests.Fixtures;

namespace Kizuki.Tests.Web;

[Collection(ChromiumCollection.Name)]
public sealed class DashboardPageTests : IClassFixture<DashboardPageTests.RealDataServer>
{
    private const string Query = "?source=github:huggingface/datasets&all=1&to=2025-03-31&per=month";
    private readonly ChromiumBrowser _chromium;
    private readonly KizukiWebServer _server;

    public DashboardPageTests(ChromiumBrowser chromium, RealDataServer server)
    {
        _chromium = chromium;
        _server = server.Server;
    }

    [Fact]
    public async Task Dashboard_RealGitHubDump_ShowsCountsOfTheRawFile()
    {
        // Arrange
        var raw = new RawIssueCounts(DefectData.GitHubHuggingFace);
        var created = raw.CreatedPerMonth(_ => true);
        var closed = raw.ClosedPerMonth(_ => true);
        var page = await _chromium.NewPageAsync();

        // Act
        await page.GotoAsync(_server.Url("/" + Query));
        var rows = await page.Locator("table[data-table=timeline] tbody tr").AllAsync();

        // Assert: key figures and every month of the table beside the chart
        Assert.Equal(Count(raw.Issues.Count), await page.Locator("#kpi-created").InnerTextAsync());
        var closedCount = raw.Issues.Count(i => i.Closed is not null);
        Assert.Equal(Count(closedCount), await page.Locator("#kpi-closed").InnerTextAsync());
        Assert.Equal(Count(raw.Issues.Count(i => i.Closed is null)), await page.Locator("#kpi-open").InnerTextAsync());
        var first = raw.Issues.Min(i => i.Created);
        Assert.Equal(2025 * 12 + 3 - (first.Year * 12 + first.Month) + 1, rows.Count);
        foreach (var row in rows)
        {
            var cells = await row.Locator("td").AllInnerTextsAsync();
            Assert.Equal(Count(created.GetValueOrDefault(cells[0])), cells[1]);
            Assert.Equal(Count(closed.GetValueOrDefault(cells[0])), cells[2]);
        }

        Assert.Equal(5, await page.Locator("svg[role=img]").CountAsync());
        await ChromiumBrowser.ScreenshotAsync(page, "dashboard");
    }

    [Fact]
    public async Task Dashboard_BugsOfBothSources_MatchRawFiles()
    {
        // Arrange: bugs are labelled ones on GitHub, every row of the Jira bug export
        var gitHubBugs = new RawIssueCounts(DefectData.GitHubHuggingFace).Issues.Count(RawIssueCounts.IsBug);
        var jiraRows = RawCounts.Csv(DefectData.JiraCsv).Rows.Count;
        var page = await _chromium.NewPageAsync();

        // Act
        await page.GotoAsync(_server.Url("/?dimension=severity"));

        // Assert
        Assert.Equal(Count(gitHubBugs + jiraRows), await page.Locator("#kpi-created").InnerTextAsync());
        Assert.Equal(2503, jiraRows);
    }

    [Fact]
    public async Task CsvUrl_SameFilters_EqualsTableOnPage()
    {
        // Arrange
        using var http = new HttpClient();
        var page = await _chromium.NewPageAsync();
        await page.GotoAsync(_server.Url("/" + Query));
        var table = await page.Locator("table[data-table=timeline] tbody tr").AllAsync();

        // Act
        var csv = await http.GetStringAsync(_server.Url("/csv/timeline.csv" + Query));
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        // Assert
        Assert.Equal("period_start,created,closed,open", lines[0]);
        Assert.Equal(table.Count, lines.Length - 1);
        for (var i = 0; i < table.Count; i++)
        {
            var cells = await table[i].Locator("td").AllInnerTextsAsync();
            var fields = lines[i + 1].Split(',');
            Assert.StartsWith(cells[0], fields[0], StringComparison.Ordinal);
            var numbers = cells.Skip(1).Select(c => c.Replace(",", string.Empty, StringComparison.Ordinal));
            Assert.Equal(numbers, fields.Skip(1));
        }
    }

    [Fact]
    public async Task PngButton_Clicked_DownloadsPngOfTheChart()
    {
        // Arrange
        var page = await _chromium.NewPageAsync();
        await page.GotoAsync(_server.Url("/" + Query));

        // Act
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("button[data-png=timeline]"));
        var path = await download.PathAsync();

        // Assert: PNG signature, and the chart's size doubled for sharpness
        var bytes = await File.ReadAllBytesAsync(path!);
        Assert.Equal("timeline.png", download.SuggestedFilename);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], bytes[..4]);
        Assert.Equal(1360, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
    }

    [Fact]
    public async Task Language_JapaneseBrowser_ShowsJapaneseAndSwitchesToEnglish()
    {
        // Arrange
        var page = await _chromium.NewPageAsync("ja-JP,ja;q=0.9,en;q=0.5");

        // Act
        await page.GotoAsync(_server.Url("/?dimension=severity"));
        var japanese = await page.Locator("h1").InnerTextAsync();
        await ChromiumBrowser.ScreenshotAsync(page, "dashboard-ja");
        await page.ClickAsync("a[data-lang=en]");
        var english = await page.Locator("h1").InnerTextAsync();

        // Assert
        Assert.Equal("ダッシュボード", japanese);
        Assert.Equal("Dashboard", english);
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>One server over the huggingface dump and the Hadoop Jira export for the whole class.</summary>
    public sealed class RealDataServer : IAsyncLifetime
    {
        internal KizukiWebServer Server { get; private set; } = null!;

        public async Task InitializeAsync() => Server = await KizukiWebServer.StartAsync(
            [(DefectData.GitHubHuggingFace, new FileImportOptions()),
                (DefectData.JiraCsv, new FileImportOptions { DefaultType = "Bug" })]);

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }
}
