using System.Text.Json;
using Amazon.S3.Model;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Console;

/// <summary>Creating and deleting buckets, the CORS editor and snapshots, in a real Chromium.</summary>
public sealed class BucketPageTests(KuraServer server, ChromiumFixture chromium)
    : IClassFixture<KuraServer>, IClassFixture<ChromiumFixture>
{
    [LocalServerFact]
    public async Task CreateBucket_ThroughTheDialog_ListsItAndS3SeesIt()
    {
        // Arrange
        var bucket = BucketNames.Unique("made-in-ui");
        await using var console = await ConsolePage.OpenAsync(chromium, server);
        await console.SignInAsync();

        // Act
        await console.Page.GetByTestId("create-bucket").ClickAsync();
        await console.Page.GetByTestId("bucket-name").FillAsync(bucket);
        await console.ScreenshotAsync("create-bucket");
        await console.Page.GetByTestId("dialog-submit").ClickAsync();
        await console.Page.Locator($"[data-testid=bucket-table] tr[data-bucket={bucket}]").WaitForAsync();

        // Assert
        using var s3 = S3Clients.AwsSdk(server);
        var buckets = await s3.ListBucketsAsync();
        Assert.Contains(buckets.Buckets, b => b.BucketName == bucket);
        Assert.Empty(console.PageErrors);
    }

    [LocalServerFact]
    public async Task DeleteBucket_NotEmpty_ShowsTheServersMessageAndKeepsIt()
    {
        // Arrange
        using var s3 = S3Clients.AwsSdk(server);
        var bucket = BucketNames.Unique("full");
        await s3.PutBucketAsync(bucket);
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "keep.txt", ContentBody = "keep" });
        await using var console = await ConsolePage.OpenAsync(chromium, server);
        await console.SignInAsync();

        // Act
        await console.Page.Locator($"tr[data-bucket={bucket}] [data-testid=delete-bucket]").ClickAsync();
        await console.Page.GetByTestId("confirm").ClickAsync();
        var toast = console.Page.GetByTestId("toast-error");
        await toast.WaitForAsync();

        // Assert
        Assert.Contains(
            "The bucket still holds 1 objects; delete them first.",
            await toast.InnerTextAsync(),
            StringComparison.Ordinal);
        Assert.Equal(1, await console.Page.Locator($"tr[data-bucket={bucket}]").CountAsync());
    }

    [LocalServerFact]
    public async Task Cors_RuleEnteredInTheForm_IsSavedAsRules()
    {
        // Arrange
        using var s3 = S3Clients.AwsSdk(server);
        var bucket = BucketNames.Unique("cors");
        await s3.PutBucketAsync(bucket);
        await using var console = await ConsolePage.OpenAsync(chromium, server);
        await console.SignInAsync();
        await console.GotoAsync($"b/{bucket}/cors");
        await console.Page.Locator(".cors-editor .empty").WaitForAsync();

        // Act
        await console.Page.GetByTestId("cors-add").ClickAsync();
        var rule = console.Page.GetByTestId("cors-rule");
        await rule.Locator("[name=allowedOrigins]").FillAsync("http://localhost:3000\nhttps://app-a.dev.example");
        await rule.Locator("input[value=PUT]").CheckAsync();
        await rule.Locator("[name=allowedHeaders]").FillAsync("*");
        await rule.Locator("[name=exposeHeaders]").FillAsync("ETag");
        await console.Page.GetByTestId("cors-save").ClickAsync();
        await console.Page.GetByTestId("toast-success").WaitForAsync();
        await console.ScreenshotAsync("cors");

        // Assert
        using var api = new ConsoleApi(server);
        var saved = await api.GetAsync($"api/buckets/{bucket}/cors");
        var only = Assert.Single(saved.GetProperty("rules").EnumerateArray());
        Assert.Equal(["http://localhost:3000", "https://app-a.dev.example"], Strings(only, "allowedOrigins"));
        Assert.Equal(["GET", "PUT"], Strings(only, "allowedMethods"));
        Assert.Equal(["ETag"], Strings(only, "exposeHeaders"));
    }

    [LocalServerFact]
    public async Task Snapshot_SavedThroughTheDialog_IsListedWithItsObjectCount()
    {
        // Arrange
        using var s3 = S3Clients.AwsSdk(server);
        var bucket = BucketNames.Unique("snap");
        await s3.PutBucketAsync(bucket);
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket,
            Key = "seed/ユーザー.json",
            ContentBody = "{}",
        });
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket,
            Key = "seed/設定.json",
            ContentBody = "{}",
        });
        await using var console = await ConsolePage.OpenAsync(chromium, server);
        await console.SignInAsync();
        await console.GotoAsync($"b/{bucket}/snapshots");

        // Act
        await console.Page.GetByTestId("save-snapshot").ClickAsync();
        await console.Page.GetByTestId("snapshot-name").FillAsync("before-demo");
        await console.Page.GetByTestId("dialog-submit").ClickAsync();
        var row = console.Page.Locator("[data-testid=snapshot-row][data-snapshot=before-demo]");
        await row.WaitForAsync();
        await console.ScreenshotAsync("snapshots");

        // Assert
        var cells = await row.Locator("td").AllInnerTextsAsync();
        Assert.Equal("before-demo", cells[0].Trim());
        Assert.Equal("2", cells[2].Trim());
    }

    private static string[] Strings(JsonElement rule, string name) =>
        [.. rule.GetProperty(name).EnumerateArray().Select(e => e.GetString() ?? "")];
}
