using System.Net;
using System.Net.Http.Json;
using Amazon.S3.Model;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Console;

/// <summary>The access-key screen and the request inspector, in a real Chromium.</summary>
public sealed class AccessKeyPageTests(KuraServer server, ChromiumFixture chromium)
    : IClassFixture<KuraServer>, IClassFixture<ChromiumFixture>
{
    [LocalServerFact]
    public async Task CreateKey_ThroughTheDialog_ShowsTheSecretOnlyOnce()
    {
        // Arrange
        using var s3 = S3Clients.AwsSdk(server);
        var bucket = BucketNames.Unique("keys");
        await s3.PutBucketAsync(bucket);
        await using var console = await ConsolePage.OpenAsync(chromium, server);
        await console.SignInAsync();
        await console.GotoAsync("keys");

        // Act
        await console.Page.GetByTestId("create-key").ClickAsync();
        await console.Page.GetByTestId("key-description").FillAsync("Rails app in app-a");
        await console.Page.GetByTestId("key-bucket").SelectOptionAsync(bucket);
        await console.Page.GetByTestId("key-prefix").FillAsync("uploads/");
        await console.Page.GetByTestId("dialog-submit").ClickAsync();
        var secretField = console.Page.GetByTestId("new-secret-key");
        await secretField.WaitForAsync();
        var accessKey = await console.Page.GetByTestId("new-access-key").InputValueAsync();
        var secretKey = await secretField.InputValueAsync();
        await console.ScreenshotAsync("key-secret");
        await console.Page.GetByTestId("secret-done").ClickAsync();
        var row = console.Page.Locator($"[data-testid=key-row][data-access-key=\"{accessKey}\"]");
        await row.WaitForAsync();
        await console.ScreenshotAsync("keys");
        await console.Page.ReloadAsync();
        await row.WaitForAsync();

        // Assert
        Assert.NotEmpty(secretKey);
        Assert.DoesNotContain(secretKey, await console.Page.ContentAsync(), StringComparison.Ordinal);
        Assert.Contains($"{bucket}/uploads/", await row.InnerTextAsync(), StringComparison.Ordinal);
        using var http = new HttpClient { BaseAddress = server.ConsoleEndpoint };
        http.DefaultRequestHeaders.Add("X-Kura-Console", "1");
        using var signIn = await http.PostAsJsonAsync("api/session", new { accessKey, secretKey });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Empty(console.PageErrors);
    }

    [LocalServerFact]
    public async Task Inspector_SdkRequest_AppearsInTheLiveTable()
    {
        // Arrange
        using var s3 = S3Clients.AwsSdk(server);
        var bucket = BucketNames.Unique("inspect-ui");
        await s3.PutBucketAsync(bucket);
        await using var console = await ConsolePage.OpenAsync(chromium, server);
        await console.SignInAsync();
        await console.GotoAsync("inspector");
        await console.Page.Locator("[data-testid=live-state][data-state=live]").WaitForAsync();

        // Act
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket,
            Key = "受信/注文.json",
            ContentBody = "{}",
        });
        await s3.GetObjectMetadataAsync(bucket, "存在しない.txt").ContinueWith(_ => { }, TaskScheduler.Default);
        var row = console.Page.GetByTestId("inspector-row").Filter(new() { HasText = "受信/注文.json" });
        await row.WaitForAsync();
        await console.Page.GetByTestId("inspector-row")
            .Filter(new() { HasText = "存在しない.txt" })
            .WaitForAsync();
        await console.ScreenshotAsync("inspector");

        // Assert
        var text = await row.InnerTextAsync();
        Assert.Contains("PutObject", text, StringComparison.Ordinal);
        Assert.Contains("200", text, StringComparison.Ordinal);
        Assert.DoesNotContain(server.SecretKey, await console.Page.ContentAsync(), StringComparison.Ordinal);
        Assert.Empty(console.PageErrors);
    }
}
