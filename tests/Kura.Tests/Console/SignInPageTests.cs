using Amazon.S3.Model;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Console;

/// <summary>Signing in, the bucket overview and the language switch, in a real Chromium.</summary>
public sealed class SignInPageTests(KuraServer server, ChromiumFixture chromium)
    : IClassFixture<KuraServer>, IClassFixture<ChromiumFixture>
{
    [LocalServerFact]
    public async Task SignIn_RootPair_ShowsBucketsWithCountAndSize()
    {
        // Arrange
        using var s3 = S3Clients.AwsSdk(server);
        var bucket = BucketNames.Unique("signin");
        await s3.PutBucketAsync(bucket);
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket,
            Key = "a.txt",
            ContentBody = new string('a', 2048),
        });
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "b.txt", ContentBody = "b" });
        await using var console = await ConsolePage.OpenAsync(chromium, server);
        await console.Page.GotoAsync("/");
        await console.Page.GetByTestId("signin").WaitForAsync();
        await console.ScreenshotAsync("signin");

        // Act
        await console.SignInAsync();
        var row = console.Page.Locator($"[data-testid=bucket-table] tr[data-bucket={bucket}]");
        await row.WaitForAsync();
        await console.ScreenshotAsync("buckets");

        // Assert
        var cells = await row.Locator("td").AllInnerTextsAsync();
        Assert.Equal(bucket, cells[0].Trim());
        Assert.Equal("2", cells[1].Trim());
        Assert.Equal("2 KiB", cells[2].Trim());
        Assert.Equal(
            1,
            await console.Page.GetByTestId("sidebar-bucket").Filter(new() { HasText = bucket }).CountAsync());
        Assert.Empty(console.PageErrors);
    }

    [LocalServerFact]
    public async Task SignIn_WrongSecret_StaysOnTheFormWithAnError()
    {
        // Arrange
        await using var console = await ConsolePage.OpenAsync(chromium, server);
        await console.Page.GotoAsync("/");

        // Act
        await console.Page.GetByTestId("signin-access-key").FillAsync(server.AccessKey);
        await console.Page.GetByTestId("signin-secret-key").FillAsync("not-the-secret");
        await console.Page.GetByTestId("signin-submit").ClickAsync();
        var error = console.Page.GetByTestId("signin-error");
        await error.WaitForAsync();

        // Assert
        Assert.Contains("wrong", await error.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await console.Page.GetByTestId("nav-buckets").CountAsync());
    }

    [LocalServerFact]
    public async Task LanguageSwitch_ToJapanese_TranslatesTheUiAndIsRemembered()
    {
        // Arrange
        using var s3 = S3Clients.AwsSdk(server);
        var bucket = BucketNames.Unique("nihongo");
        await s3.PutBucketAsync(bucket);
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket,
            Key = "議事録/2025-04 定例.md",
            ContentBody = "# 定例",
        });
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket,
            Key = "請求書.csv",
            ContentBody = "1,2",
        });
        await using var console = await ConsolePage.OpenAsync(chromium, server, locale: "en-US");
        await console.SignInAsync();
        await console.OpenBucketAsync(bucket);
        var englishUpload = await console.Page.GetByTestId("upload").InnerTextAsync();

        // Act
        await console.Page.GetByTestId("language").SelectOptionAsync("ja");
        await console.Page.GetByTestId("upload").Filter(new() { HasText = "アップロード" }).WaitForAsync();
        await console.Page.Locator("[data-testid=object-table] tbody tr:not(.loading-row)").First.WaitForAsync();
        await console.ScreenshotAsync("japanese");
        await console.Page.ReloadAsync();
        await console.Page.GetByTestId("nav-buckets").WaitForAsync();

        // Assert
        Assert.Equal("Upload", englishUpload.Trim());
        Assert.Equal("バケット", (await console.Page.GetByTestId("nav-buckets").InnerTextAsync()).Trim());
        Assert.Equal("ja", await console.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("請求書.csv", await console.ObjectRow("請求書.csv").Locator(".name-text").InnerTextAsync());
        Assert.Equal(1, await console.Page.Locator("[data-testid=folder-row][data-key=\"議事録/\"]").CountAsync());
        Assert.Empty(console.PageErrors);
    }

    [LocalServerFact]
    public async Task BrowserLanguage_Japanese_StartsInJapanese()
    {
        // Arrange
        await using var console = await ConsolePage.OpenAsync(chromium, server, locale: "ja-JP");

        // Act
        await console.Page.GotoAsync("/");
        await console.Page.GetByTestId("signin").WaitForAsync();

        // Assert
        Assert.Equal("サインイン", (await console.Page.GetByTestId("signin-submit").InnerTextAsync()).Trim());
    }
}
