using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Protocol;

/// <summary>bucket.domain/key requests when the server is started with --domain.</summary>
public class VirtualHostTests
{
    private const string Domain = "kura.test";

    [LocalServerFact]
    public async Task Get_BucketInHostName_ReadsTheSameObjectAsPathStyle()
    {
        // Arrange
        await using var server = new StartedServer(new KuraServer(new KuraServerSettings
        {
            Arguments = ["--domain", Domain],
        }));
        await server.Server.InitializeAsync();
        using var client = new RawS3Client(server);
        await client.CreateBucketAsync("vhost");
        await client.PutObjectAsync("vhost", "dir/file.txt", "virtual"u8.ToArray());
        using var http = LoopbackClient();

        // Act
        var url = PresignVirtualHost(server.Server, "vhost", "/dir/file.txt");
        using var response = await http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("virtual", body);
    }

    /// <summary>Sends every host name to 127.0.0.1, as a wildcard DNS entry would.</summary>
    private static HttpClient LoopbackClient() => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(IPAddress.Loopback, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        },
    });

    private static Uri PresignVirtualHost(KuraServer server, string bucket, string path)
    {
        var signer = new SigV4Signer(server.AccessKey, server.SecretKey, DateTime.UtcNow);
        var host = $"{bucket}.{Domain}:{server.Endpoint.Port}";
        var query = new List<KeyValuePair<string, string>>
        {
            new("X-Amz-Algorithm", "AWS4-HMAC-SHA256"),
            new("X-Amz-Credential", $"{signer.AccessKey}/{signer.Scope}"),
            new("X-Amz-Date", signer.AmzDate),
            new("X-Amz-Expires", 300.ToString(CultureInfo.InvariantCulture)),
            new("X-Amz-SignedHeaders", "host"),
        };
        var headers = new Dictionary<string, string> { ["host"] = host };
        var signature = signer.Sign("GET", path, query, headers, "UNSIGNED-PAYLOAD");
        query.Add(new("X-Amz-Signature", signature));
        return new Uri($"http://{host}{path}?{SigV4Signer.CanonicalQuery(query)}");
    }
}
