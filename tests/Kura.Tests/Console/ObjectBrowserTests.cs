using System.Text;
using Amazon.S3.Model;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;
using Microsoft.Playwright;

namespace Kura.Tests.Console;

/// <summary>The object browser in a real Chromium: upload, list, preview, download, share, delete.</summary>
public sealed class ObjectBrowserTests(KuraServer server, ChromiumFixture chromium)
    : IClassFixture<KuraServer>, IClassFixture<ChromiumFixture>
{
    [LocalServerFact]
    public async Task Upload_JapaneseNameThroughFilePicker_ListedAndStoredExactly()
    {
        // Arrange
        var bucket = await CreateBucketAsync("upload");
        var body = Encoding.UTF8.GetBytes("四半期の報告です。\nQuarterly report.\n");
        await using var console = await ConsolePage.OpenAsync(chromium, server);
        await console.SignInAsync();
        await console.OpenBucketAsync(bucket);

        // Act
        await console.Page.GetByTestId("file-input").SetInputFilesAsync(new FilePayload
        {
            Name = "報告書 2025年.txt",
            MimeType = "text/plain",
            Buffer = body,
        });
        await console.ObjectRow("報告書 2025年.txt").WaitForAsync();
        await console.ScreenshotAsync("upload");

        // Assert
        using var s3 = S3Clients.AwsSdk(server);
        using var stored = await s3.GetObjectAsync(bucket, "報告書 2025年.txt");
        Assert.Equal(TestData.Sha256(body), await TestData.Sha256Async(stored.ResponseStream));
        Assert.Equal("text/plain", stored.Headers.ContentType);
        Assert.Equal(
            "報告書 2025年.txt",
            await console.ObjectRow("報告書 2025年.txt").Locator(".name-text").InnerTextAsync());
        Assert.Empty(console.PageErrors);
    }

    [LocalServerFact]
    public async Task Upload_LargerThan16MiB_GoesThroughMultipart()
    {
        // Arrange
        var bucket = await CreateBucketAsync("multipart");
        var file = Path.Combine(server.WorkDir, "大きな動画.bin");
        var sha256 = await TestData.WriteRandomFileAsync(file, (17 * 1024 * 1024) + 123);
        await using var console = await ConsolePage.OpenAsync(chromium, server);
        await console.SignInAsync();
        await console.OpenBucketAsync(bucket);

        // Act
        // A path rather than a buffer: the browser reads the file itself instead of receiving
        // 17 MiB through the driver's pipe.
        await console.Page.GetByTestId("file-input").SetInputFilesAsync(file);
        await console.Page.Locator("[data-testid=upload-item][data-status=done]")
            .WaitForAsync(new() { Timeout = 90_000 });

        // Assert
        using var s3 = S3Clients.AwsSdk(server);
        using var stored = await s3.GetObjectAsync(bucket, "大きな動画.bin");
        Assert.Equal(sha256, await TestData.Sha256Async(stored.ResponseStream));
        Assert.EndsWith("-3\"", stored.ETag, StringComparison.Ordinal);
        await console.ObjectRow("大きな動画.bin").WaitForAsync();
    }

    [LocalServerFact]
    public async Task Preview_JsonObject_ShowsItPrettyPrintedWithMetadata()
    {
        // Arrange
        var bucket = await CreateBucketAsync("preview");
        await PutAsync(
            bucket,
            "設定/アプリ.json",
            """{"name":"蔵","limits":{"uploads":3}}""",
            "application/json");
        await using var console = await ConsolePage.OpenAsync(chromium, server);
        await console.SignInAsync();
        await console.OpenBucketAsync(bucket, "設定/");

        // Act
        await console.ObjectRow("設定/アプリ.json").ClickAsync();
        var preview = console.Page.GetByTestId("preview-text");
        await preview.WaitForAsync();
        await console.Page.GetByTestId("checksum").WaitForAsync();
        await console.ScreenshotAsync("preview");

        // Assert
        var text = await preview.InnerTextAsync();
        Assert.Contains("\"name\": \"蔵\"", text, StringComparison.Ordinal);
        Assert.Contains("\n  \"limits\": {\n    \"uploads\": 3", text, StringComparison.Ordinal);
        Assert.Equal("アプリ.json", await console.Page.GetByTestId("detail-title").InnerTextAsync());
        Assert.Contains(
            "設定/アプリ.json",
            await console.Page.GetByTestId("properties").InnerTextAsync(),
            StringComparison.Ordinal);
        Assert.Empty(console.PageErrors);
    }

    [LocalServerFact]
    public async Task Preview_PngObject_ShowsTheDecodedImage()
    {
        // Arrange
        var bucket = await CreateBucketAsync("image");
        var png = Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        await PutAsync(bucket, "画像/アイコン.png", png, "image/png");
        await using var console = await ConsolePage.OpenAsync(chromium, server);
        await console.SignInAsync();
        await console.OpenBucketAsync(bucket, "画像/");

        // Act
        await console.ObjectRow("画像/アイコン.png").ClickAsync();
        var image = console.Page.GetByTestId("preview-image");
        await image.WaitForAsync();
        await console.Page.WaitForFunctionAsync("() => document.querySelector('[data-testid=preview-image]').complete");

        // Assert
        Assert.Equal(1, await image.EvaluateAsync<int>("img => img.naturalWidth"));
        Assert.Empty(console.PageErrors);
    }

    [LocalServerFact]
    public async Task Download_JapaneseName_SavesTheSameBytes()
    {
        // Arrange
        var bucket = await CreateBucketAsync("download");
        var body = TestData.RandomBytes(300_000);
        await PutAsync(bucket, "資料/見積書.pdf.bin", body);
        await using var console = await ConsolePage.OpenAsync(chromium, server);
        await console.SignInAsync();
        await console.OpenBucketAsync(bucket, "資料/");
        await console.ObjectRow("資料/見積書.pdf.bin").ClickAsync();

        // Act
        var download = await console.Page.RunAndWaitForDownloadAsync(
            () => console.Page.GetByTestId("download").ClickAsync());
        var path = await download.PathAsync();

        // Assert
        Assert.Equal("見積書.pdf.bin", download.SuggestedFilename);
        Assert.Equal(TestData.Sha256(body), await TestData.Sha256FileAsync(path));
    }

    [LocalServerFact]
    public async Task ShareLink_FetchedWithCurl_ReturnsTheSameBytes()
    {
        // Arrange
        var bucket = await CreateBucketAsync("share");
        var body = TestData.RandomBytes(70_000);
        await PutAsync(bucket, "共有/写真 1.png.bin", body);
        await using var console = await ConsolePage.OpenAsync(chromium, server);
        await console.SignInAsync();
        await console.OpenBucketAsync(bucket, "共有/");
        await console.ObjectRow("共有/写真 1.png.bin").ClickAsync();

        // Act
        await console.Page.GetByTestId("share").ClickAsync();
        await console.Page.GetByTestId("share-expiry").SelectOptionAsync("900");
        await console.Page.GetByTestId("share-create").ClickAsync();
        var url = await console.Page.GetByTestId("share-url").InputValueAsync();
        await console.ScreenshotAsync("share");
        var file = Path.Combine(server.WorkDir, "shared.bin");
        var curl = await ExternalProcess.RunAsync(
            "curl",
            ["-sS", "-f", "-o", file, url],
            new Dictionary<string, string>());

        // Assert
        Assert.True(curl.ExitCode == 0, curl.Describe());
        Assert.StartsWith(server.EndpointText, url, StringComparison.Ordinal);
        Assert.Equal(TestData.Sha256(body), await TestData.Sha256FileAsync(file));
    }

    [LocalServerFact]
    public async Task DeleteSelected_TwoOfThreeObjects_RemovesOnlyThose()
    {
        // Arrange
        var bucket = await CreateBucketAsync("delete");
        foreach (var key in new[] { "一.txt", "二.txt", "三.txt" })
        {
            await PutAsync(bucket, key, key);
        }

        await using var console = await ConsolePage.OpenAsync(chromium, server);
        await console.SignInAsync();
        await console.OpenBucketAsync(bucket);

        // Act
        await console.ObjectRow("一.txt").Locator("input[type=checkbox]").CheckAsync();
        await console.ObjectRow("三.txt").Locator("input[type=checkbox]").CheckAsync();
        await console.Page.GetByTestId("delete-selected").ClickAsync();
        await console.Page.GetByTestId("confirm").ClickAsync();
        await console.ObjectRow("一.txt").WaitForAsync(new() { State = WaitForSelectorState.Detached });

        // Assert
        using var s3 = S3Clients.AwsSdk(server);
        var listed = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket });
        Assert.Equal(["二.txt"], listed.S3Objects.Select(o => o.Key));
        Assert.Equal(1, await console.Page.GetByTestId("object-row").CountAsync());
    }

    [LocalServerFact]
    public async Task LoadMore_MoreKeysThanOnePage_FetchesTheNextPage()
    {
        // Arrange
        var bucket = await CreateBucketAsync("paging");
        using var s3 = S3Clients.AwsSdk(server);
        await Parallel.ForEachAsync(Enumerable.Range(0, 130), async (i, token) =>
            await s3.PutObjectAsync(
                new PutObjectRequest { BucketName = bucket, Key = $"ログ-{i:D3}.txt", ContentBody = "x" },
                token));
        await using var console = await ConsolePage.OpenAsync(chromium, server);
        await console.SignInAsync();
        await console.OpenBucketAsync(bucket);
        var firstPage = await console.Page.GetByTestId("object-row").CountAsync();

        // Act
        await console.Page.GetByTestId("load-more").ClickAsync();
        await console.ObjectRow("ログ-129.txt").WaitForAsync();

        // Assert
        Assert.Equal(100, firstPage);
        Assert.Equal(130, await console.Page.GetByTestId("object-row").CountAsync());
        Assert.Equal(0, await console.Page.GetByTestId("load-more").CountAsync());
    }

    private async Task<string> CreateBucketAsync(string prefix)
    {
        using var s3 = S3Clients.AwsSdk(server);
        var bucket = BucketNames.Unique(prefix);
        await s3.PutBucketAsync(bucket);
        return bucket;
    }

    private Task PutAsync(string bucket, string key, string body, string contentType = "text/plain") =>
        PutAsync(bucket, key, Encoding.UTF8.GetBytes(body), contentType);

    private async Task PutAsync(string bucket, string key, byte[] body, string contentType = "application/octet-stream")
    {
        using var s3 = S3Clients.AwsSdk(server);
        using var stream = new MemoryStream(body);
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket,
            Key = key,
            InputStream = stream,
            ContentType = contentType,
        });
    }
}
