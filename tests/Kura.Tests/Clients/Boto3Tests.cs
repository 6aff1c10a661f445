using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Clients;

/// <summary>
/// boto3 at its default settings, through the scripts in Scripts/boto3_client.py.
/// </summary>
public sealed class Boto3Tests : IClassFixture<KuraServer>
{
    private readonly KuraServer _server;

    /// <summary>Keeps the class's server.</summary>
    public Boto3Tests(KuraServer server) => _server = server;

    [Theory]
    [InlineData("put-get")]
    [InlineData("list")]
    [InlineData("multipart")]
    [InlineData("presign")]
    public async Task Boto3Scenario_AgainstServer_ExitsZeroAndReportsOk(string scenario)
    {
        // Arrange
        var bucket = BucketNames.Unique("boto");
        string[] arguments = [Path.Combine(RepoPaths.Scripts, "boto3_client.py"), scenario, bucket];

        // Act
        var environment = CliEnvironment.For(_server);
        var result = await ExternalProcess.RunAsync("python3", arguments, environment);

        // Assert
        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Equal($"ok {scenario}", result.Stdout.Trim());
    }
}
