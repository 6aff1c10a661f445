using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Amazon.Runtime;
using Amazon.S3;
using Kizuki.Export;

namespace Kizuki.Tests.Fixtures;

/// <summary>
/// An S3 endpoint for upload tests. When KIZUKI_TEST_S3_ENDPOINT is set (with
/// KIZUKI_TEST_S3_ACCESS_KEY and KIZUKI_TEST_S3_SECRET_KEY) that server is used, which is how a
/// real Kura process is plugged in; otherwise moto's S3 server is started on a free port.
/// </summary>
public sealed class S3TestEndpoint : IAsyncLifetime
{
    private Process? _moto;

    public string Endpoint { get; private set; } = string.Empty;

    public string AccessKey { get; private set; } = "kizuki-test";

    public string SecretKey { get; private set; } = "kizuki-test-secret";

    internal S3Settings Settings(string bucket) => new()
    {
        Endpoint = Endpoint,
        Bucket = bucket,
        AccessKey = AccessKey,
        SecretKey = SecretKey,
        Prefix = "exports/",
    };

    internal AmazonS3Client CreateClient() => new(
        new BasicAWSCredentials(AccessKey, SecretKey),
        new AmazonS3Config
        {
            ServiceURL = Endpoint,
            ForcePathStyle = true,
            AuthenticationRegion = "us-east-1",
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        });

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("KIZUKI_TEST_S3_ENDPOINT") is { Length: > 0 } endpoint)
        {
            Endpoint = endpoint;
            AccessKey = Environment.GetEnvironmentVariable("KIZUKI_TEST_S3_ACCESS_KEY") ?? AccessKey;
            SecretKey = Environment.GetEnvironmentVariable("KIZUKI_TEST_S3_SECRET_KEY") ?? SecretKey;
            return;
        }

        var port = FreePort();
        Endpoint = $"http://127.0.0.1:{port}";
        _moto = Process.Start(new ProcessStartInfo("python3", $"-m moto.server -H 127.0.0.1 -p {port}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("python3 -m moto.server did not start");
        _moto.OutputDataReceived += (_, _) => { };
        _moto.ErrorDataReceived += (_, _) => { };
        _moto.BeginOutputReadLine();
        _moto.BeginErrorReadLine();

        using var http = new HttpClient();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                await http.GetAsync(Endpoint);
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"moto did not answer on {Endpoint} within 10 s");
    }

    public Task DisposeAsync()
    {
        if (_moto is { HasExited: false })
        {
            _moto.Kill(entireProcessTree: true);
            _moto.WaitForExit(5000);
        }

        _moto?.Dispose();
        return Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
