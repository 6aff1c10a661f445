using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Clients;

/// <summary>@aws-sdk/client-s3 (and lib-storage's Upload) from npm, run with node.</summary>
public sealed class JsSdkTests : IClassFixture<KuraServer>
{
    private readonly KuraServer _server;

    /// <summary>Keeps the class's server.</summary>
    public JsSdkTests(KuraServer server) => _server = server;

    [Theory]
    [InlineData("put-get")]
    [InlineData("list")]
    [InlineData("multipart")]
    public async Task JsSdkScenario_AgainstServer_ExitsZeroAndReportsOk(string scenario)
    {
        // Arrange
        var modules = Path.Combine(RepoPaths.JsTests, "node_modules", "@aws-sdk", "client-s3");
        Assert.True(Directory.Exists(modules), "Run `npm ci` in tests/js (install-deps.sh does).");
        var bucket = BucketNames.Unique("js");
        string[] arguments = ["s3-client.mjs", scenario, bucket];

        // Act
        var result = await ExternalProcess.RunAsync(
            "node",
            arguments,
            CliEnvironment.For(_server),
            workingDirectory: RepoPaths.JsTests);

        // Assert
        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Equal($"ok {scenario}", result.Stdout.Trim());
    }
}
