using Amazon.S3.Model;
using Kizuki.Cli;
using Kizuki.Sources.Files;
using Kizuki.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kizuki.Tests.Cli;

public sealed class ExportCommandTests : IClassFixture<S3TestEndpoint>, IDisposable
{
    private readonly S3TestEndpoint _endpoint;
    private readonly TempDirectory _directory = new();

    public ExportCommandTests(S3TestEndpoint endpoint) => _endpoint = endpoint;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Run_WithS3Configured_UploadsDatedAndLatestCopiesThatMatchLocalFiles()
    {
        // Arrange
        var bucket = "export-" + Guid.NewGuid().ToString("N")[..8];
        using var client = _endpoint.CreateClient();
        await client.PutBucketAsync(bucket);
        Environment.SetEnvironmentVariable("KIZUKI_TEST_EXPORT_AK", _endpoint.AccessKey);
        Environment.SetEnvironmentVariable("KIZUKI_TEST_EXPORT_SK", _endpoint.SecretKey);
        var settings = new KizukiSettings
        {
            Store = "sqlite:" + _directory.File("k.db"),
            TimeZone = "Asia/Tokyo",
            Export = new KizukiSettings.ExportSettings
            {
                Directory = _directory.File("out"),
                S3 = new KizukiSettings.S3Section
                {
                    Endpoint = _endpoint.Endpoint,
                    Bucket = bucket,
                    AccessKeyEnv = "KIZUKI_TEST_EXPORT_AK",
                    SecretKeyEnv = "KIZUKI_TEST_EXPORT_SK",
                },
            },
        };
        var (console, _) = QuietConsole.Create();
        await new ImportCommand(console, settings, NullLoggerFactory.Instance)
            .RunAsync(DefectData.GitHubAnts, new FileImportOptions(), CancellationToken.None);
        var command = new ExportCommand(console, settings, NullLoggerFactory.Instance);

        // Act
        var exit = await command.RunAsync(new DateOnly(2026, 12, 3), upload: true, CancellationToken.None);

        // Assert
        Assert.Equal(0, exit);
        var local = Path.Combine(_directory.File("out"), "kizuki-defects-2026-12-03.xlsx");
        foreach (var key in (string[])["kizuki/2026/12/03/kizuki-defects.xlsx", "kizuki/latest/kizuki-defects.xlsx"])
        {
            using var response = await client.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = key });
            using var copy = new MemoryStream();
            await response.ResponseStream.CopyToAsync(copy);
            Assert.Equal(await File.ReadAllBytesAsync(local), copy.ToArray());
        }

        var listing = await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket });
        Assert.Equal(6, listing.S3Objects.Count);
    }
}
