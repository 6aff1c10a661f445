using System.Net;
using Kura.Bench.Signing;

namespace Kura.Bench.Targets;

/// <summary>
/// A server the load runs against: an S3 endpoint whose requests are signed, or a plain file
/// server (nginx) that only answers GETs of files named like the benchmark's objects.
/// </summary>
internal sealed record BenchTarget
{
    /// <summary>Short name used in tables: kura, moto, s3rver, nginx.</summary>
    public required string Name { get; init; }

    /// <summary>Scheme, host and port; always a loopback address.</summary>
    public required Uri BaseUri { get; init; }

    /// <summary>Signs S3 requests; null for a plain file server.</summary>
    public SigV4Signer? Signer { get; init; }

    /// <summary>The bucket objects go to; empty for a plain file server.</summary>
    public string Bucket { get; init; } = "";

    /// <summary>The server's process id, read when needed, since a server may be restarted.</summary>
    public required Func<int?> ServerPid { get; init; }

    /// <summary>True when the target speaks S3 (PUT and LIST work), false for a file server.</summary>
    public bool IsS3 => Signer is not null;

    /// <summary>A request for one object (S3) or one file (file server).</summary>
    public HttpRequestMessage ObjectRequest(HttpMethod method, string key, HttpContent? content = null)
    {
        var path = IsS3 ? $"/{Bucket}/{EncodeKey(key)}" : $"/{EncodeKey(key)}";
        var request = new HttpRequestMessage(method, new Uri(BaseUri, path)) { Content = content };
        Signer?.Sign(request, "");
        return request;
    }

    /// <summary>A request on a bucket itself (create, list) with the given query parameters.</summary>
    public HttpRequestMessage BucketRequest(
        HttpMethod method,
        string bucket,
        IEnumerable<KeyValuePair<string, string>> query)
    {
        var signer = Signer ?? throw new InvalidOperationException($"{Name} is not an S3 server");
        var canonicalQuery = SigV4Signer.CanonicalQuery(query);
        var uri = new UriBuilder(BaseUri) { Path = $"/{bucket}", Query = canonicalQuery }.Uri;
        var request = new HttpRequestMessage(method, uri);
        signer.Sign(request, canonicalQuery);
        return request;
    }

    /// <summary>
    /// A client whose pool holds at most <paramref name="connections"/> connections, so that N
    /// workers keep exactly N keep-alive connections busy.
    /// </summary>
    public static HttpClient CreateClient(int connections)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
        };
        return new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    private static string EncodeKey(string key) =>
        string.Join('/', key.Split('/').Select(SigV4Signer.Encode));
}
