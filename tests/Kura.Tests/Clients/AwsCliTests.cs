using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Clients;

/// <summary>aws-cli v1 (<c>aws --endpoint-url</c>) run as a separate process.</summary>
public sealed partial class AwsCliTests : IClassFixture<KuraServer>
{
    private readonly KuraServer _server;

    /// <summary>Keeps the class's server.</summary>
    public AwsCliTests(KuraServer server) => _server = server;

    [Fact]
    public async Task SeedScript_RunTwice_CreatesBucketOnceThenChangesNothing()
    {
        // Arrange
        var bucket = BucketNames.Unique("seed");
        var environment = CliEnvironment.For(_server);
        environment["BUCKET"] = bucket;
        string[] script = [Path.Combine(RepoPaths.Scripts, "seed-bucket.sh")];

        // Act
        var first = await ExternalProcess.RunAsync("bash", script, environment);
        var second = await ExternalProcess.RunAsync("bash", script, environment);

        // Assert
        Assert.True(first.ExitCode == 0, first.Describe());
        Assert.Contains($"make_bucket: {bucket}", first.Stdout);
        Assert.Contains($" {bucket}\n", first.Stdout);
        Assert.True(second.ExitCode == 0, second.Describe());
        Assert.DoesNotContain("make_bucket", second.Stdout);
        Assert.Contains($" {bucket}\n", second.Stdout);
    }

    [Fact]
    public async Task Cp_HundredMiBFile_UploadsMultipartAndDownloadsSameSha256()
    {
        // Arrange
        var bucket = await MakeBucketAsync();
        var folder = Directory.CreateTempSubdirectory("kura-cli-cp-").FullName;
        var source = Path.Combine(folder, "upload.bin");
        var target = Path.Combine(folder, "download.bin");
        var expected = await TestData.WriteRandomFileAsync(source, 100L * 1024 * 1024);

        try
        {
            // Act
            var up = await AwsAsync("s3", "cp", source, $"s3://{bucket}/big/upload.bin");
            var down = await AwsAsync("s3", "cp", $"s3://{bucket}/big/upload.bin", target);
            using var s3 = S3Clients.AwsSdk(_server);
            var head = await s3.GetObjectMetadataAsync(bucket, "big/upload.bin");

            // Assert
            Assert.True(up.ExitCode == 0, up.Describe());
            Assert.True(down.ExitCode == 0, down.Describe());
            Assert.Equal(expected, await TestData.Sha256FileAsync(target));
            Assert.Matches("-[0-9]+\"$", head.ETag);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<string> MakeBucketAsync()
    {
        var bucket = BucketNames.Unique("cli");
        var made = await AwsAsync("s3", "mb", $"s3://{bucket}");
        Assert.True(made.ExitCode == 0, made.Describe());
        return bucket;
    }

    private Task<ProcessResult> AwsAsync(params string[] arguments) =>
        ExternalProcess.RunAsync(
            "aws",
            ["--endpoint-url", _server.EndpointText, .. arguments],
            CliEnvironment.For(_server),
            timeout: TimeSpan.FromMinutes(4));
}
