using Amazon.S3.Model;
using Kura.Tests.Support;

namespace Kura.Tests.Clients;

/// <summary><c>aws s3 sync</c> of names that URL handling tends to break.</summary>
public sealed partial class AwsCliTests
{
    private static readonly string[] AwkwardNames =
    [
        "with space.txt",
        "plus+sign.txt",
        "percent%41%20literal.txt",
        "日本語のファイル.txt",
        "sub folder/a+b c%2F.dat",
        "資料/報告書 2024.csv",
    ];

    [Fact]
    public async Task Sync_NamesWithSpacePlusPercentJapanese_RoundTripsExactKeysAndSha256()
    {
        // Arrange
        var bucket = await MakeBucketAsync();
        var root = Directory.CreateTempSubdirectory("kura-cli-sync-").FullName;
        var source = Path.Combine(root, "up");
        var target = Path.Combine(root, "down");
        var expected = new Dictionary<string, string>();
        foreach (var name in AwkwardNames)
        {
            var path = Path.Combine(source, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var size = Random.Shared.Next(1, 300_000);
            expected[name] = await TestData.WriteRandomFileAsync(path, size);

            // Older than any upload, so a second sync compares sizes and sees nothing to do.
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-1));
        }

        try
        {
            // Act
            var up = await AwsAsync("s3", "sync", source, $"s3://{bucket}/set/");
            var down = await AwsAsync("s3", "sync", $"s3://{bucket}/set/", target);
            var again = await AwsAsync("s3", "sync", source, $"s3://{bucket}/set/");
            using var s3 = S3Clients.AwsSdk(_server);
            var listed = await s3.ListObjectsV2Async(
                new ListObjectsV2Request { BucketName = bucket });

            // Assert
            Assert.True(up.ExitCode == 0, up.Describe());
            Assert.True(down.ExitCode == 0, down.Describe());
            Assert.True(again.ExitCode == 0 && again.Stdout.Trim().Length == 0, again.Describe());
            Assert.Equal(
                AwkwardNames.Select(n => "set/" + n).Order(StringComparer.Ordinal),
                (listed.S3Objects ?? []).Select(o => o.Key));
            Assert.Equal(expected, await HashTreeAsync(target));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<Dictionary<string, string>> HashTreeAsync(string folder)
    {
        var hashes = new Dictionary<string, string>();
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/');
            hashes[name] = await TestData.Sha256FileAsync(path);
        }

        return hashes;
    }
}
