namespace Deploy.Tests.Infrastructure;

/// <summary>One manifest-started Kura shared by the tests of a class, since starting one costs seconds.</summary>
public sealed class KuraPodFixture : IAsyncLifetime
{
    private KuraPod? _pod;

    /// <summary>The running Kura.</summary>
    public KuraPod Pod => _pod ?? throw new InvalidOperationException("Kura has not started.");

    public async Task InitializeAsync() => _pod = await KuraPod.StartAsync();

    public async Task DisposeAsync()
    {
        if (_pod is not null)
        {
            await _pod.DisposeAsync();
        }
    }
}
