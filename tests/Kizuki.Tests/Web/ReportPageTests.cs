using System.Globalization;
using Kizuki.Model;
using Kizuki.Sources.Files;
using Kizuki.Tests.Fixtures;
using MiniExcelLibs;

namespace Kizuki.Tests.Web;

[Collection(ChromiumCollection.Name)]
public sealed class ReportPageTests : IAsyncLifetime
{
    private const string Period = "2024-Q1";
    private static readonly string[] Causes =
        ["仕様漏れ", "設計ミス", "実装ミス", "テスト漏れ", "環境・設定"];

    private static readonly string[] Detected =
        ["単体テスト", "結合テスト", "システムテスト", "production"];
    private static readonly string[] Injected = ["基本設計", "詳細設計", "実装"];
    private static readonly string[] Components = ["hdfs", "yarn", "mapreduce", "common"];
    private readonly ChromiumBrowser _chromium;
    private readonly Dictionary<string, int> _causesInPeriod = [];
    private KizukiWebServer _server = null!;

    public ReportPageTests(ChromiumBrowser chromium) => _chromium = chromium;

    public async Task InitializeAsync()
    {
        // The real Hadoop bug export, plus meeting decisions on its bugs since 2023-Q4 (seeded), as
        // a few weekly meetings would have left them: the export carries no cause or phase.
        _server = await KizukiWebServer.StartAsync(
            [(DefectData.JiraCsv, new FileImportOptions { DefaultType = "Bug" })]);
        var random = new Random(5);
        var q1 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var defect in await _server.Store.AllAsync())
        {
            if (defect.CreatedAt < new DateTimeOffset(2023, 10, 1, 0, 0, 0, TimeSpan.Zero) || random.Next(10) == 0)
            {
                continue;
            }

            var inPeriod = defect.CreatedAt >= q1 && defect.CreatedAt < q1.AddMonths(3);
            var cause = Causes[Math.Min(random.Next(inPeriod ? 7 : 5), 4) is var c && inPeriod && c >= 4 ? 2 : c];
            _causesInPeriod[cause] = _causesInPeriod.GetValueOrDefault(cause) + (inPeriod ? 1 : 0);
            await DecideAsync(defect.Id, "cause", cause);
            await DecideAsync(defect.Id, "injected_phase", Injected[random.Next(Injected.Length)]);
            await DecideAsync(defect.Id, "detected_phase", Detected[random.Next(Detected.Length)]);
            await DecideAsync(defect.Id, "component", Components[random.Next(Components.Length)]);
        }
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Report_QuarterOfRealJiraExport_MatchesRawFileAndXlsx()
    {
        // Arrange: bugs per quarter straight from the CSV's Created column (read as UTC)
        var (header, rows) = RawCounts.Csv(DefectData.JiraCsv);
        var created = Array.IndexOf(header, "Created");
        var days = rows.Select(r => DateTime.ParseExact(r[created], "dd/MMM/yy "
            + "HH:mm", CultureInfo.InvariantCulture)).ToList();
        var inQ1 = days.Count(d => d >= new DateTime(2024, 1, 1) && d < new DateTime(2024, 4, 1));
        var inQ4 = days.Count(d => d >= new DateTime(2023, 10, 1) && d < new DateTime(2024, 1, 1));
        var page = await _chromium.NewPageAsync();
        using var http = new HttpClient();

        // Act
        await page.GotoAsync(_server.Url("/report?period=" + Period));
        await ChromiumBrowser.ScreenshotAsync(page, "report");
        var pareto = await Table(page, "pareto");
        var fits = await Table(page, "fits");
        var xlsx = new MemoryStream(await http.GetByteArrayAsync(_server.Url("/report/export.xlsx?period=" + Period)));
        var html = await http.GetStringAsync(_server.Url("/report/export.html?period=" + Period));

        // Assert: the screen against the raw file and the decisions made
        Assert.Equal(Count(inQ1), await page.Locator("#kpi-created").InnerTextAsync());
        Assert.Equal(inQ4.ToString("N0", CultureInfo.InvariantCulture), await page.Locator("#kpi-created-pre"
            + "vious").InnerTextAsync());
        Assert.Equal(
            _causesInPeriod.Where(p => p.Value > 0).OrderByDescending(p => p.Value).Select(p => (p.Key, p.Value)),
            pareto.Select(r => (r[0], int.Parse(r[1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture))));
        Assert.Contains("chi-square", await page.Locator("#findings").InnerTextAsync(), StringComparison.Ordinal);

        // ...and the xlsx against the screen
        var sheet = xlsx.Query(useHeaderRow: true, sheetName: "pareto").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(pareto.Select(r => r[0]), sheet.Select(r => (string)r["cause"]));
        var sheetCounts = sheet.Select(r => Count(Convert.ToInt64(r["count"], CultureInfo.InvariantCulture)));
        Assert.Equal(pareto.Select(r => r[1]), sheetCounts);
        xlsx.Position = 0;
        var fitSheet = xlsx.Query(useHeaderRow: true, sheetName: "fits").Cast<IDictionary<string, object>>().ToList();
        var rSquared = fitSheet.Select(r => Convert.ToDouble(r["r_squared"], CultureInfo.InvariantCulture));
        Assert.Equal(fits.Select(r => r[1]), rSquared.Select(v => v.ToString("N4", CultureInfo.InvariantCulture)));
        Assert.Equal(["Gompertz", "Logistic"], fits.Select(r => r[0]));
        xlsx.Position = 0;
        var summary = xlsx.Query(useHeaderRow: true, sheetName: "summary").Cast<IDictionary<string, object>>().First();
        Assert.Equal(inQ1, Convert.ToInt32(summary[Period], CultureInfo.InvariantCulture));

        // ...and the HTML file: same figure, no script, nothing fetched from elsewhere
        Assert.Contains($"id=\"kpi-created\">{inQ1:N0}<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private Task DecideAsync(long defectId, string dimension, string value) =>
        _server.Store.AddDecisionAsync(
            new Decision
            {
                DefectId = defectId,
                Dimension = dimension,
                Value = value,
                DecidedBy = "qa-fixture",
                DecidedAt = DateTimeOffset.UtcNow,
            },
            default);

    private static async Task<List<string[]>> Table(Microsoft.Playwright.IPage page, string id)
    {
        var rows = new List<string[]>();
        foreach (var row in await page.Locator($"table[data-table={id}] tbody tr").AllAsync())
        {
            rows.Add([.. await row.Locator("td").AllInnerTextsAsync()]);
        }

        return rows;
    }
}
