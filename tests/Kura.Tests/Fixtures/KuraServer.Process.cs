using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Kura.Tests.Fixtures;

/// <summary>Starting the child process and waiting until it says it is ready.</summary>
public sealed partial class KuraServer
{
    private async Task StartAsync()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kura.dll"));
        info.ArgumentList.Add("server");
        info.ArgumentList.Add(DataDir);
        info.ArgumentList.Add("--address");
        info.ArgumentList.Add($"127.0.0.1:{Endpoint.Port}");
        info.ArgumentList.Add("--console-address");
        info.ArgumentList.Add($"127.0.0.1:{ConsoleEndpoint.Port}");
        info.Environment["KURA_ROOT_USER"] = AccessKey;
        info.Environment["KURA_ROOT_PASSWORD"] = SecretKey;
        info.Environment.Remove("MINIO_ROOT_USER");
        info.Environment.Remove("MINIO_ROOT_PASSWORD");
        info.Environment.Remove("MINIO_ACCESS_KEY");
        info.Environment.Remove("MINIO_SECRET_KEY");
        info.Environment.Remove("KURA_BUCKETS");
        foreach (var (name, value) in Settings.Environment)
        {
            info.Environment[name] = value;
            if (value is null)
            {
                info.Environment.Remove(name);
            }
        }

        foreach (var argument in Settings.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        _output.Clear();
        _process = Process.Start(info)
            ?? throw new InvalidOperationException("dotnet did not start");
        _output.Attach(_process);
        if (Settings.ReadyPath.Length > 0)
        {
            await WaitReadyAsync(Settings.ReadyPath);
        }
    }

    private async Task WaitReadyAsync(string path)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + ReadyTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process is { HasExited: true })
            {
                // Lets the output readers reach the end of both streams before we quote them.
                _process.WaitForExit();
                throw new InvalidOperationException(
                    $"Kura exited with code {_process.ExitCode} before it was ready:\n" +
                    _output.Text());
            }

            try
            {
                using var response = await http.GetAsync(new Uri(Endpoint, path));
                if (IsExternal || response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but slow to answer; try again.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException(
            $"{Endpoint} was not ready within {ReadyTimeout.TotalSeconds}s. Output:\n" +
            _output.Text());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
