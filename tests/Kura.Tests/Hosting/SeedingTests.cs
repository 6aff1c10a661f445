using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Hosting;

/// <summary>KURA_SEED_DIR: buckets seeded from folders at start, without overwriting on restart.</summary>
public class SeedingTests
{
    [LocalServerFact]
    public async Task Start_WithSeedFolder_CreatesBucketsAndKeepsLaterChanges()
    {
        // Arrange
        var seed = Path.Combine(Path.GetTempPath(), "kura-seed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(seed, "fixtures", "images"));
        await File.WriteAllTextAsync(Path.Combine(seed, "fixtures", "readme.txt"), "seeded");
        await File.WriteAllBytesAsync(Path.Combine(seed, "fixtures", "images", "写真.png"), [1, 2, 3]);
        var settings = new KuraServerSettings
        {
            Environment = new Dictionary<string, string?> { ["KURA_SEED_DIR"] = seed },
        };
        await using var server = new StartedServer(new KuraServer(settings));
        await server.Server.InitializeAsync();
        using var client = new RawS3Client(server);

        // Act
        var keys = await client.ListKeysAsync("fixtures");
        await client.PutObjectAsync("fixtures", "readme.txt", "edited"u8.ToArray());
        await server.RestartAsync();
        var readme = await client.GetObjectAsync("fixtures", "readme.txt");

        // Assert
        Assert.Equal(["images/写真.png", "readme.txt"], keys);
        Assert.Equal("edited", readme.Text);
        Directory.Delete(seed, recursive: true);
    }
}
