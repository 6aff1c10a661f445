using System.Diagnostics;

namespace Kura.Tests.Fixtures;

/// <summary>
/// A Kura server run as a child process on a free loopback port with a fresh data directory,
/// shared by the tests of one class. When <c>KURA_TEST_ENDPOINT</c> is set, the tests talk to
/// that endpoint instead and no process is started (then <see cref="IsExternal"/> is true).
/// </summary>
public sealed partial class KuraServer : IAsyncLifetime
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);
    private readonly ServerOutput _output = new();
    private readonly string _workDir;
    private Process? _process;

    /// <summary>
    /// Prepares the endpoint and credentials; the process starts in InitializeAsync.
    /// </summary>
    public KuraServer()
        : this(new KuraServerSettings())
    {
    }

    /// <summary>A server with changed settings, for tests that start and stop it themselves.</summary>
    internal KuraServer(KuraServerSettings settings)
    {
        Settings = settings;
        var external = Environment.GetEnvironmentVariable("KURA_TEST_ENDPOINT");
        AccessKey = Environment.GetEnvironmentVariable("KURA_TEST_ACCESS_KEY") ?? "kura-test-admin";
        SecretKey = Environment.GetEnvironmentVariable("KURA_TEST_SECRET_KEY")
            ?? "kura-test-secret-" + Guid.NewGuid().ToString("N")[..12];
        var unique = Guid.NewGuid().ToString("N")[..12];
        _workDir = Path.Combine(Path.GetTempPath(), "kura-test-" + unique);
        DataDir = settings.DataDir ?? Path.Combine(_workDir, "data");
        if (string.IsNullOrEmpty(external))
        {
            Endpoint = new Uri($"http://127.0.0.1:{FreePort()}/");
            ConsoleEndpoint = new Uri($"http://127.0.0.1:{FreePort()}/");
            return;
        }

        IsExternal = true;
        Endpoint = new Uri(external.TrimEnd('/') + "/");
    }

    /// <summary>Base address of the S3 API, ending with a slash.</summary>
    public Uri Endpoint { get; }

    /// <summary>Base address of the web console and its API, ending with a slash.</summary>
    public Uri ConsoleEndpoint { get; } = new("http://127.0.0.1:9/");

    /// <summary>Root access key the server was started with.</summary>
    public string AccessKey { get; }

    /// <summary>Root secret key the server was started with.</summary>
    public string SecretKey { get; }

    /// <summary>
    /// The server's data directory; it sits alone inside a temporary work folder.
    /// </summary>
    public string DataDir { get; }

    /// <summary>The temporary folder that holds <see cref="DataDir"/> and nothing else.</summary>
    public string WorkDir => _workDir;

    /// <summary>What this server was asked to change from the defaults.</summary>
    public KuraServerSettings Settings { get; }

    /// <summary>The operating system's id of the server process while it runs.</summary>
    public int ProcessId => _process?.Id ?? throw new InvalidOperationException("Kura is not running.");

    /// <summary>True when the tests run against an endpoint given from outside.</summary>
    public bool IsExternal { get; }

    /// <summary>
    /// Endpoint without the trailing slash, the form command-line clients expect.
    /// </summary>
    public string EndpointText => Endpoint.ToString().TrimEnd('/');

    /// <inheritdoc />
    public Task InitializeAsync()
    {
        if (IsExternal)
        {
            return WaitReadyAsync("/");
        }

        Directory.CreateDirectory(DataDir);
        return StartAsync();
    }

    /// <summary>
    /// Kills the process with SIGKILL, as a crash would, and waits for it to exit.
    /// </summary>
    public void Kill()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    /// <summary>
    /// Kills the server if it runs and starts it again on the same data directory.
    /// </summary>
    public async Task RestartAsync()
    {
        if (IsExternal)
        {
            throw new InvalidOperationException("An external endpoint cannot be restarted.");
        }

        Kill();
        _process?.Dispose();
        _process = null;
        await StartAsync();
    }

    /// <summary>The last lines the server wrote to stdout and stderr.</summary>
    public string RecentOutput() => _output.Text();

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        if (!IsExternal && Directory.Exists(_workDir))
        {
            Directory.Delete(_workDir, recursive: true);
        }

        return Task.CompletedTask;
    }
}
