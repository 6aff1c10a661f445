using Kura.Tests.Fixtures;
using Kura.Tests.Support;
using Microsoft.Playwright;

namespace Kura.Tests.Console;

/// <summary>
/// A fresh browser context (own cookies and storage) on the console of a test server, with
/// the steps most tests share: signing in, moving to a screen and saving a screenshot.
/// </summary>
public sealed class ConsolePage : IAsyncDisposable
{
    private static readonly string ScreenshotDir = Path.Combine(RepoPaths.Root, "artifacts", "screenshots");
    private readonly KuraServer _server;
    private readonly IBrowserContext _context;
    private readonly List<string> _pageErrors = [];

    private ConsolePage(KuraServer server, IBrowserContext context, IPage page)
    {
        _server = server;
        _context = context;
        Page = page;
        page.PageError += (_, message) => _pageErrors.Add(message);
    }

    /// <summary>The page the test drives.</summary>
    public IPage Page { get; }

    /// <summary>Uncaught script errors seen so far; a working console has none.</summary>
    public IReadOnlyList<string> PageErrors => _pageErrors;

    /// <summary>Opens a new context in the given browser language, not signed in yet.</summary>
    public static async Task<ConsolePage> OpenAsync(
        ChromiumFixture chromium,
        KuraServer server,
        string locale = "en-US")
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.ConsoleEndpoint.ToString(),
            Locale = locale,
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = 1360, Height = 860 },
            ColorScheme = ColorScheme.Light,
        });

        // Two shared cores and a cold .NET server: give each step room without hiding hangs.
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        return new ConsolePage(server, context, page);
    }

    /// <summary>Signs in through the form with the root pair and waits for the shell.</summary>
    public async Task SignInAsync(string? accessKey = null, string? secretKey = null)
    {
        await Page.GotoAsync("/");
        await Page.GetByTestId("signin-access-key").FillAsync(accessKey ?? _server.AccessKey);
        await Page.GetByTestId("signin-secret-key").FillAsync(secretKey ?? _server.SecretKey);
        await Page.GetByTestId("signin-submit").ClickAsync();
        await Page.GetByTestId("nav-buckets").WaitForAsync();
    }

    /// <summary>Moves to a screen by its hash route, e.g. <c>b/name</c> or <c>keys</c>.</summary>
    public async Task GotoAsync(string route)
    {
        await Page.GotoAsync("/#/" + route);
        await Page.GetByTestId("nav-buckets").WaitForAsync();
    }

    /// <summary>The object browser of a bucket, after its first page has loaded.</summary>
    public async Task OpenBucketAsync(string bucket, string prefix = "")
    {
        var query = prefix.Length == 0 ? "" : "?prefix=" + Uri.EscapeDataString(prefix);
        await GotoAsync($"b/{bucket}{query}");
        await Page.Locator("[data-testid=object-table] tbody tr:not(.loading-row)").First.WaitForAsync();
    }

    /// <summary>The table row of an object, found by its full key.</summary>
    public ILocator ObjectRow(string key) =>
        Page.Locator($"[data-testid=object-row][data-key=\"{key.Replace("\"", "\\\"", StringComparison.Ordinal)}\"]");

    /// <summary>Saves the page as artifacts/screenshots/console-{name}.png for people to look at.</summary>
    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotDir);

        // Lets entrance animations of dialogs and rows finish so the picture shows the resting state.
        await Page.WaitForTimeoutAsync(400);
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(ScreenshotDir, $"console-{name}.png"),
        });
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
    }
}
