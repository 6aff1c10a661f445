using Kizuki.Cli;
using Kizuki.Sources.Files;
using Kizuki.Store;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kizuki.Tests.Fixtures;

/// <summary>
/// A real <c>kizuki serve</c> (schedule off) on 127.0.0.1 with a free port, over a fresh SQLite
/// store holding the given export files.
/// </summary>
internal sealed class KizukiWebServer : IAsyncDisposable
{
    private readonly TempDirectory _directory;
    private readonly ServeHost _host;

    private KizukiWebServer(TempDirectory directory, ServeHost host)
    {
        _directory = directory;
        _host = host;
    }

    public Uri BaseUrl => _host.BaseUrl;

    public IDefectStore Store => _host.Web.Store;

    public static async Task<KizukiWebServer> StartAsync(
        IEnumerable<(string Path, FileImportOptions Options)> files,
        Action<KizukiSettings>? configure = null)
    {
        var directory = new TempDirectory();
        try
        {
            var database = "sqlite:" + directory.File("kizuki.db");
            await using (var store = await StoreFactory.OpenAsync(database, NullLoggerFactory.Instance, default))
            {
                foreach (var (path, options) in files)
                {
                    await store.ImportAsync(new FileSource(path, options));
                }
            }

            var settings = new KizukiSettings { Store = database };
            configure?.Invoke(settings);
            var host = await new ServeCommand(QuietConsole.Create().Console, settings) { RunSchedule = false }
                .StartAsync("http://127.0.0.1:0", default);
            return new KizukiWebServer(directory, host);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    public string Url(string path) => new Uri(BaseUrl, path).ToString();

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
