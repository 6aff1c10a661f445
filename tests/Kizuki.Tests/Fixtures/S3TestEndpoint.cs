using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Amazon.Runtime;
using Amazon.S3;
using Kizuki.Export;

namespace Kizuki.Tests.Fixtures;

/// <summary>
/// A real Kura process on a free loopback port with a fresh data folder, for upload tests.
/// The binary is the one this repository builds (src/Kura, same configuration as the tests).
/// </summary>
public sealed class S3TestEndpoint : IAsyncLifetime
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "kizuki-kura-" + Guid.NewGuid().ToString("N"));
    private readonly StringBuilder _output = new();
    private Process? _kura;

    public string Endpoint { get; private set; } = string.Empty;

    public string AccessKey { get; } = "kizuki-test";

    public string SecretKey { get; } = "kizuki-test-secret";

    internal S3Settings Settings(string bucket) => new()
    {
        Endpoint = Endpoint,
        Bucket = bucket,
        AccessKey = AccessKey,
        SecretKey = SecretKey,
        Prefix = "exports/",
    };

    /// <summary>AWSSDK.S3 at its default settings, path style, pointed at this Kura.</summary>
    internal AmazonS3Client CreateClient() => new(
        new BasicAWSCredentials(AccessKey, SecretKey),
        new AmazonS3Config { ServiceURL = Endpoint, ForcePathStyle = true, AuthenticationRegion = "us-east-1" });

    public async Task InitializeAsync()
    {
        var port = FreePort();
        Endpoint = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(KuraBinary());
        info.ArgumentList.Add("server");
        info.ArgumentList.Add(_dataDir);
        info.ArgumentList.Add("--address");
        info.ArgumentList.Add($"127.0.0.1:{port}");

        // The console would listen on :9001 on every interface and collide with any other Kura.
        info.ArgumentList.Add("--console-address");
        info.ArgumentList.Add("off");
        info.Environment["KURA_ROOT_USER"] = AccessKey;
        info.Environment["KURA_ROOT_PASSWORD"] = SecretKey;
        _kura = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start Kura");
        _kura.OutputDataReceived += (_, e) => Append(e.Data);
        _kura.ErrorDataReceived += (_, e) => Append(e.Data);
        _kura.BeginOutputReadLine();
        _kura.BeginErrorReadLine();

        using var http = new HttpClient();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (_kura.HasExited)
            {
                throw new InvalidOperationException($"Kura exited with {_kura.ExitCode}:\n{Output()}");
            }

            try
            {
                using var ready = await http.GetAsync($"{Endpoint}/minio/health/ready");
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"Kura was not ready on {Endpoint} within 30 s:\n{Output()}");
    }

    public Task DisposeAsync()
    {
        if (_kura is { HasExited: false })
        {
            _kura.Kill(entireProcessTree: true);
            _kura.WaitForExit(5000);
        }

        _kura?.Dispose();
        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }

        return Task.CompletedTask;
    }

    /// <summary>src/Kura's build output for the configuration these tests were built in.</summary>
    private static string KuraBinary()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = directory.Parent?.Name ?? "Debug";
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "kura-kizuki.slnx")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? throw new InvalidOperationException("repository root not found");
        var binary = Path.Combine(root, "src", "Kura", "bin", configuration, "net10.0", "kura.dll");
        return File.Exists(binary)
            ? binary
            : throw new InvalidOperationException($"{binary} is missing; build src/Kura in {configuration} first");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
