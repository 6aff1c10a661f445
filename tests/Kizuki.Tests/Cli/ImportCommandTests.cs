using Kizuki.Cli;
using Kizuki.Sources.Files;
using Kizuki.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kizuki.Tests.Cli;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Run_JiraCsvWithIssueType_ImportsAllRowsAsBugs()
    {
        // Arrange
        var (console, output) = QuietConsole.Create();
        var settings = new KizukiSettings { Store = "sqlite:" + _directory.File("k.db") };
        var command = new ImportCommand(console, settings, NullLoggerFactory.Instance);
        var options = new FileImportOptions { DefaultType = "Bug" };

        // Act
        var exit = await command.RunAsync(DefectData.JiraCsv, options, CancellationToken.None);

        // Assert
        Assert.Equal(0, exit);
        Assert.Contains("Imported 2503 issues", output.ToString(), StringComparison.Ordinal);
        await using var store = await StoreHelpers.OpenSqliteAsync(_directory);
        Assert.All(await store.AllAsync(), d => Assert.Equal("Bug", d.Type));
    }

    [Fact]
    public async Task Run_CliWithUnknownFormat_ExitsOneWithMessage()
    {
        // Arrange
        var (console, output) = QuietConsole.Create();
        var odd = _directory.File("odd.txt");
        await File.WriteAllTextAsync(odd, "hello\n");

        // Act
        var exit = await CliApp.RunAsync(["import", odd, "--store", "sqlite:" + _directory.File("k.db")], console);

        // Assert
        Assert.Equal(1, exit);
        Assert.Contains("odd.txt: unknown format", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_CliNamedFormatMismatch_ExitsOneNamingItem()
    {
        // Arrange
        var (console, output) = QuietConsole.Create();

        // Act
        var exit = await CliApp.RunAsync(
            ["import", DefectData.GitLab, "--format", "jira-json", "--store", "sqlite:" + _directory.File("k.db")],
            console);

        // Assert
        Assert.Equal(1, exit);
        Assert.Contains(
            "gitlab-rest-issues.json item 1: not a JiraJson issue", output.ToString(), StringComparison.Ordinal);
    }
}
