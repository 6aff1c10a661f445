using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Kura.Bench.Targets;

/// <summary>
/// Runs <c>kura server</c> as a child process on loopback with its output sent to a log file,
/// so that the benchmark can read its /proc figures and restart it around the index loader.
/// </summary>
internal sealed class KuraProcess : IAsyncDisposable
{
    private readonly string _dll;
    private readonly string _dataDirectory;
    private readonly string _logFile;
    private Process? _process;

    /// <summary>Prepares a server for <paramref name="dataDirectory"/> on a free loopback port.</summary>
    public KuraProcess(string dll, string dataDirectory, string logFile)
    {
        _dll = dll;
        _dataDirectory = dataDirectory;
        _logFile = logFile;
        Port = FreePort();
    }

    /// <summary>The root access key the server is started with.</summary>
    public const string AccessKey = "kura-bench";

    /// <summary>The root secret key the server is started with.</summary>
    public const string SecretKey = "kura-bench-secret";

    /// <summary>The loopback port the S3 API listens on.</summary>
    public int Port { get; }

    /// <summary>The running server's process id, or null when stopped.</summary>
    public int? Pid => _process is { HasExited: false } p ? p.Id : null;

    /// <summary>Starts the server and waits until its readiness endpoint answers 200.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // exec through a shell so that the process id is dotnet's own and output goes to a file
        // without this process having to drain pipes while it generates load.
        var start = new ProcessStartInfo("/bin/sh")
        {
            ArgumentList =
            {
                "-c", "exec dotnet \"$0\" server \"$1\" --address \"127.0.0.1:$2\" --console-address off >>\"$3\" 2>&1",
                _dll, _dataDirectory, Port.ToString(CultureInfo.InvariantCulture), _logFile,
            },
            UseShellExecute = false,
        };
        start.Environment["KURA_ROOT_USER"] = AccessKey;
        start.Environment["KURA_ROOT_PASSWORD"] = SecretKey;
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start kura");

        // For the driver script, which stops a server this process leaves behind if it dies.
        await File.WriteAllTextAsync(
            Path.Combine(Path.GetDirectoryName(_logFile)!, "kura.pid"),
            _process.Id.ToString(CultureInfo.InvariantCulture),
            cancellationToken);

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"kura exited with {_process.ExitCode}; see {_logFile}");
            }

            try
            {
                using var response = await client.GetAsync(
                    new Uri($"http://127.0.0.1:{Port}/minio/health/ready"), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"kura was not ready within 120 s; see {_logFile}");
    }

    /// <summary>Stops the server gracefully (SIGTERM) so that it records a clean shutdown.</summary>
    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        var pid = _process.Id.ToString(CultureInfo.InvariantCulture);
        using (var kill = Process.Start("kill", ["-TERM", pid]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
