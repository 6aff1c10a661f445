using System.Text.Json.Nodes;
using Kizuki.Cli;
using Kizuki.Model;
using Kizuki.Sources.Files;
using Kizuki.Tests.Fixtures;

namespace Kizuki.Tests.Web;

[Collection(ChromiumCollection.Name)]
public sealed class MeetingPagesTests : IAsyncLifetime
{
    private readonly ChromiumBrowser _chromium;
    private readonly TempDirectory _secrets = new();
    private readonly GitHubReplay _replay = new(RawCounts.GitHubIssues(DefectData.GitHubHuggingFace)
        .Select(i => JsonNode.Parse(i.GetRawText())!.AsObject()));
    private ReplayServer _tracker = null!;
    private KizukiWebServer _server = null!;

    public MeetingPagesTests(ChromiumBrowser chromium) => _chromium = chromium;

    public async Task InitializeAsync()
    {
        _tracker = await ReplayServer.StartAsync(app =>
        {
            _replay.Map(app);
            _replay.MapWrites(app);
        });
        File.WriteAllText(_secrets.File("github-write-token"), GitHubReplay.WriteToken + "\n");
        _server = await KizukiWebServer.StartAsync(
            [(DefectData.GitHubHuggingFace, new FileImportOptions())],
            settings => settings.Sources.Add(new KizukiSettings.SourceSettings
            {
                Kind = "github",
                BaseUrl = _tracker.BaseUrl.ToString(),
                Project = "huggingface/datasets",
                WriteTokenFile = _secrets.File("github-write-token"),
            }));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _tracker.DisposeAsync();
        _secrets.Dispose();
    }

    [Fact]
    public async Task Keyboard_TwoDigitsOnFirstBug_StoresDecisionsAndWritesGitHubLabels()
    {
        // Arrange: start a meeting as qa-tanaka; the newest bug lacking a dimension opens first
        var page = await _chromium.NewPageAsync("ja,en;q=0.5");
        await page.GotoAsync(_server.Url("/meeting"));
        await page.FillAsync("input[name=who]", "qa-tanaka");
        await page.ClickAsync("#start-meeting");
        await page.WaitForURLAsync("**/bug/**");
        var defectId = long.Parse((await page.Locator("[data-defect]").GetAttributeAsync("data-defect"))!);
        var number = (await _server.Store.GetDefectsAsync([defectId], default))[0].Key;

        // Act: 2 = major on severity (highlighted first), then 1 = 仕様漏れ on cause (highlighted next)
        await page.Keyboard.PressAsync("2");
        await page.WaitForSelectorAsync(".dimension.active[data-dimension=cause]");
        await page.Keyboard.PressAsync("1");
        await page.WaitForSelectorAsync(".dimension.active[data-dimension=injected_phase]");
        await ChromiumBrowser.ScreenshotAsync(page, "meeting");
        await page.Keyboard.PressAsync("e");
        await page.WaitForURLAsync("**/summary");
        await ChromiumBrowser.ScreenshotAsync(page, "meeting-summary");

        // Assert: stored with who and when, written back in GitHub's shape, counted in the summary
        var decisions = await _server.Store.ListDecisionsAsync(null, default);
        Assert.Collection(
            decisions,
            d => Assert.Equal(("severity", "major"), (d.Dimension, d.Value)),
            d => Assert.Equal(("cause", "仕様漏れ"), (d.Dimension, d.Value)));
        Assert.All(decisions, d =>
        {
            Assert.Equal(defectId, d.DefectId);
            Assert.Equal("qa-tanaka", d.DecidedBy);
            Assert.InRange(d.DecidedAt, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow);
            Assert.Equal(WriteStatus.Written, d.WriteStatus);
        });
        Assert.Equal(
            [(number, new[] { "severity:major" }), (number, new[] { "原因:仕様漏れ" })],
            _replay.LabelWrites.ToArray());
        Assert.Equal("2", await page.Locator("#sum-decisions").InnerTextAsync());
        Assert.Equal("2", await page.Locator("#sum-written").InnerTextAsync());
        Assert.Equal("1", await page.Locator("#sum-bugs").InnerTextAsync());
    }

    [Fact]
    public async Task Navigation_NextAndListKeys_MoveThroughAgenda()
    {
        // Arrange
        var page = await _chromium.NewPageAsync();
        await page.GotoAsync(_server.Url("/meeting"));
        await page.FillAsync("input[name=who]", "dev-suzuki");
        await page.ClickAsync("#start-meeting");
        await page.WaitForURLAsync("**/bug/**");
        var first = await page.Locator("#issue-title").InnerTextAsync();

        // Act
        await page.Keyboard.PressAsync("j");
        await page.WaitForFunctionAsync($"document.querySelector('#issue-title').innerText !=="
            + $" {System.Text.Json.JsonSerializer.Serialize(first)}");
        var position = await page.Locator("#position").InnerTextAsync();
        await page.Keyboard.PressAsync("l");
        await page.WaitForURLAsync("**/list");
        var listed = await page.Locator("table[data-table=agenda] tbody tr").CountAsync();

        // Assert: every bug of the dump lacks a dimension, so the first meeting lists them all (200 shown)
        var bugs = new RawIssueCounts(DefectData.GitHubHuggingFace).Issues.Count(RawIssueCounts.IsBug);
        Assert.Equal($"Bug 2 of {bugs}", position);
        Assert.Equal(Math.Min(200, bugs), listed);
    }
}
