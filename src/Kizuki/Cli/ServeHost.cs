using Kizuki.Store;
using Kizuki.Web;

namespace Kizuki.Cli;

/// <summary>A running <c>kizuki serve</c>: the web app, its store and the address it listens on.</summary>
internal sealed class ServeHost : IAsyncDisposable
{
    private readonly IDefectStore _store;
    private readonly HttpClient _http;

    /// <summary>Wraps what <see cref="ServeCommand.StartAsync"/> started.</summary>
    public ServeHost(WebApplication app, IDefectStore store, HttpClient http, Uri baseUrl, KizukiWeb web)
    {
        App = app;
        _store = store;
        _http = http;
        BaseUrl = baseUrl;
        Web = web;
    }

    /// <summary>The web application.</summary>
    public WebApplication App { get; }

    /// <summary>Where it listens, ending in '/'.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The pages' shared state (store, index cache).</summary>
    public KizukiWeb Web { get; }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await _store.DisposeAsync();
        _http.Dispose();
    }
}
