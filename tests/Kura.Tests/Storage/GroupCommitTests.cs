using System.Text;
using Kura.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kura.Tests.Storage;

/// <summary>Writes committed together: each keeps its own outcome.</summary>
public sealed class GroupCommitTests : IDisposable
{
    private readonly TempDataDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task ConcurrentCreateOnlyPuts_SameKey_ExactlyOneWinsAndTheOthersFailAlone()
    {
        // Arrange
        using var engine = StorageEngine.Open(_directory.Path, NullLogger.Instance);
        await engine.CreateBucketAsync("bucket", CancellationToken.None);
        var others = Enumerable.Range(0, 20)
            .Select(i => PutAsync(engine, $"other-{i}", i.ToString(), WriteCondition.None));

        // Act
        var racers = Enumerable.Range(0, 20)
            .Select(i => PutAsync(engine, "contested", $"writer {i}", new WriteCondition(MustNotExist: true, null)))
            .ToList();
        var outcomes = await Task.WhenAll(racers.Concat(others).Select(Outcome));

        // Assert
        Assert.Equal(1, outcomes.Take(20).Count(ok => ok));
        Assert.All(outcomes.Skip(20), Assert.True);
        var winner = engine.GetObject("bucket", "contested");
        Assert.StartsWith("writer ", Encoding.UTF8.GetString(winner.InlineData!));
        Assert.Equal(21, engine.List("bucket", new ListRequest("", null, null, 1000)).Objects.Count);
    }

    private static async Task<bool> Outcome(Task task)
    {
        try
        {
            await task;
            return true;
        }
        catch (StorageException e) when (e.Code == StorageErrorCode.PreconditionFailed)
        {
            return false;
        }
    }

    private static async Task PutAsync(StorageEngine engine, string key, string body, WriteCondition condition)
    {
        using var staged = await engine.StageAsync(
            new MemoryStream(Encoding.UTF8.GetBytes(body)), [], long.MaxValue, CancellationToken.None);
        await engine.CommitObjectAsync(
            "bucket",
            key,
            staged,
            new ObjectMetadata(),
            null,
            condition,
            CancellationToken.None);
    }
}
