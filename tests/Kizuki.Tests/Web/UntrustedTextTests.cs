using System.Text.Json.Nodes;
using Kizuki.Sources.Files;
using Kizuki.Tests.Fixtures;

namespace Kizuki.Tests.Web;

[Collection(ChromiumCollection.Name)]
public sealed class UntrustedTextTests : IAsyncLifetime
{
    private const string Title = "<script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\">";
    private const string Body = "</div><script>window.__xss = 3</script><b>bold?</b>";
    private const string Label = "component:<svg onload=\"window.__xss = 4\">";
    private readonly ChromiumBrowser _chromium;
    private readonly TempDirectory _directory = new();
    private KizukiWebServer _server = null!;

    public UntrustedTextTests(ChromiumBrowser chromium) => _chromium = chromium;

    public async Task InitializeAsync()
    {
        // One real ants issue with its title, body and a label replaced by markup.
        var issue = JsonNode.Parse(File.ReadAllText(DefectData.GitHubAnts))!.AsArray()
            .Select(n => n!.AsObject()).First(i => i["pull_request"] is null);
        issue["title"] = Title;
        issue["body"] = Body;
        issue["labels"] = new JsonArray(new JsonObject { ["name"] = "bug" }, new JsonObject { ["name"] = Label });
        File.WriteAllText(_directory.File("hostile.json"), new JsonArray(issue.DeepClone()).ToJsonString());
        _server = await KizukiWebServer.StartAsync([(_directory.File("hostile.json"), new FileImportOptions())]);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task ScriptInTitleBodyAndLabel_RendersAsTextAndNeverRuns()
    {
        // Arrange
        var page = await _chromium.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => dialogs++;

        // Act: the meeting shows title, body and labels; the dashboard shows label values
        await page.GotoAsync(_server.Url("/meeting"));
        await page.FillAsync("input[name=who]", "<b>qa</b>");
        await page.ClickAsync("#start-meeting");
        await page.WaitForURLAsync("**/bug/**");
        var title = await page.Locator("#issue-title").InnerTextAsync();
        var body = await page.Locator("#issue-body").InnerTextAsync();
        var ranOnMeeting = await page.EvaluateAsync<bool>("() => window.__xss !== undefined");
        await ChromiumBrowser.ScreenshotAsync(page, "untrusted-title");
        await page.GotoAsync(_server.Url("/?dimension=component"));
        var breakdown = await page.Locator("table[data-table=breakdown]").InnerTextAsync();
        var ranOnDashboard = await page.EvaluateAsync<bool>("() => window.__xss !== undefined");

        // Assert
        Assert.EndsWith(Title, title, StringComparison.Ordinal);
        Assert.Equal(Body, body);
        Assert.Contains("<svg onload=\"window.__xss = 4\">", breakdown, StringComparison.Ordinal);
        Assert.False(ranOnMeeting);
        Assert.False(ranOnDashboard);
        Assert.Equal(0, dialogs);
        Assert.Equal(0, await page.Locator("main script, main img, main svg[onload]").CountAsync());
    }
}
