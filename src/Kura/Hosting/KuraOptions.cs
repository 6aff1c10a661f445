using System.Net;
using Kura.Auth;

namespace Kura.Hosting;

/// <summary>How a Kura server runs, resolved from the command line and the environment.</summary>
internal sealed record KuraOptions
{
    public required string DataDirectory { get; init; }

    /// <summary>Where the S3 API listens; null address means every interface.</summary>
    public required ListenAddress Address { get; init; }

    /// <summary>Where the web console listens; null turns it off.</summary>
    public ListenAddress? ConsoleAddress { get; init; }

    /// <summary>The S3 URL people and apps reach (KURA_SERVER_URL), used in share links.</summary>
    public Uri? ServerUrl { get; init; }

    /// <summary>A folder whose subfolders seed buckets at start (KURA_SEED_DIR).</summary>
    public string? SeedDirectory { get; init; }

    public required AccessKey RootKey { get; init; }

    /// <summary>True when no credentials were configured and the well-known default is in use.</summary>
    public bool UsingDefaultCredentials { get; init; }

    public IReadOnlyList<string> Buckets { get; init; } = [];

    public string Region { get; init; } = "us-east-1";

    /// <summary>Enables virtual-host-style requests: bucket.domain/key.</summary>
    public string? Domain { get; init; }

    public bool JsonLogs { get; init; }

    /// <summary>
    /// Log every request, not only the failed ones (--access-log, KURA_ACCESS_LOG=all). Off by
    /// default, as in MinIO: a console line per request took 4 KiB GETs from about 47 to 72 µs
    /// of server CPU each (kura-bench --only "4 KiB GET", 32 connections), and the console's
    /// request inspector shows live traffic without it.
    /// </summary>
    public bool AccessLog { get; init; }
}

/// <summary>A host and port to listen on; <c>:9000</c> means every interface, as MinIO reads it.</summary>
internal sealed record ListenAddress(IPAddress? Host, int Port)
{
    public static ListenAddress Parse(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon < 0 || !int.TryParse(text[(colon + 1)..], out var port) || port is < 0 or > 65535)
        {
            throw new FormatException($"'{text}' is not an address; use host:port or :port, e.g. :9000.");
        }

        var host = text[..colon].Trim('[', ']');
        if (host.Length == 0)
        {
            return new ListenAddress(null, port);
        }

        if (host == "localhost")
        {
            return new ListenAddress(IPAddress.Loopback, port);
        }

        return IPAddress.TryParse(host, out var address)
            ? new ListenAddress(address, port)
            : throw new FormatException($"'{host}' is not an IP address; Kura listens on addresses, not names.");
    }

    public override string ToString() => $"{(Host is null ? "*" : Host.ToString())}:{Port}";
}
