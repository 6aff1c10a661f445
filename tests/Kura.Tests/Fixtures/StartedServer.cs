namespace Kura.Tests.Fixtures;

/// <summary>A server a test started itself, stopped and cleaned up by <c>await using</c>.</summary>
public sealed class StartedServer(KuraServer server) : IAsyncDisposable
{
    public KuraServer Server => server;

    public static implicit operator KuraServer(StartedServer started) => started.Server;

    public ValueTask DisposeAsync() => new(server.DisposeAsync());

    public Task RestartAsync() => server.RestartAsync();

    public string RecentOutput() => server.RecentOutput();
}
