using System.Globalization;
using System.Security.Cryptography;
using Kura.Tests.Fixtures;

namespace Kura.Tests.Support;

/// <summary>
/// Sends hand-built, hand-signed S3 requests and returns what came back, unparsed.
/// </summary>
public sealed class RawS3Client : IDisposable
{
    private static readonly UriCreationOptions Verbatim = new()
    {
        // Keys such as "a/../b" must reach the server as written, not folded by Uri.
        DangerousDisablePathAndQueryCanonicalization = true,
    };

    private readonly KuraServer _server;
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseCookies = false })
    {
        Timeout = TimeSpan.FromMinutes(2),
    };

    /// <summary>A client for the given server's endpoint and root credentials.</summary>
    public RawS3Client(KuraServer server) => _server = server;

    /// <summary>
    /// Signs the request in the Authorization header and sends it. When given,
    /// <paramref name="encodeBody"/> makes the wire body from the signer and the seed signature
    /// (for aws-chunked); otherwise the request's body is sent.
    /// </summary>
    public async Task<RawResponse> SendAsync(
        RawRequest request,
        Func<SigV4Signer, string, byte[]>? encodeBody = null)
    {
        var signer = SignerFor(request.AccessKey, request.SecretKey, request.Time);
        var payloadHash = request.PayloadHash
            ?? Convert.ToHexStringLower(SHA256.HashData(request.Body ?? []));
        var path = CanonicalPath(request.Bucket, request.Key);
        var headers = new Dictionary<string, string>(request.Headers)
        {
            ["host"] = _server.Endpoint.Authority,
            ["x-amz-date"] = signer.AmzDate,
            ["x-amz-content-sha256"] = payloadHash,
        };
        var method = request.Method.Method;
        var signature = signer.Sign(method, path, request.Query, headers, payloadHash);
        headers.Remove("host");
        headers["Authorization"] = signer.AuthorizationHeader([.. headers.Keys, "host"], signature);

        using var message = new HttpRequestMessage(request.Method, UriFor(path, request.Query));
        Attach(message, headers, encodeBody?.Invoke(signer, signature) ?? request.Body);
        return await SendAsync(message);
    }

    /// <summary>
    /// A presigned URL for the object, valid for the given seconds from the given time.
    /// </summary>
    public Uri Presign(
        HttpMethod method,
        string bucket,
        string key,
        int expiresSeconds,
        DateTime? time = null)
    {
        var signer = SignerFor(null, null, time);
        var path = CanonicalPath(bucket, key);
        var query = new List<KeyValuePair<string, string>>
        {
            new("X-Amz-Algorithm", "AWS4-HMAC-SHA256"),
            new("X-Amz-Credential", $"{signer.AccessKey}/{signer.Scope}"),
            new("X-Amz-Date", signer.AmzDate),
            new("X-Amz-Expires", expiresSeconds.ToString(CultureInfo.InvariantCulture)),
            new("X-Amz-SignedHeaders", "host"),
        };
        var headers = new Dictionary<string, string> { ["host"] = _server.Endpoint.Authority };
        var signature = signer.Sign(method.Method, path, query, headers, "UNSIGNED-PAYLOAD");
        query.Add(new("X-Amz-Signature", signature));
        return UriFor(path, query);
    }

    /// <summary>Sends a prepared message as is.</summary>
    public async Task<RawResponse> SendAsync(HttpRequestMessage message)
    {
        using var response = await _http.SendAsync(message);
        var body = await response.Content.ReadAsByteArrayAsync();
        return new RawResponse(response, body);
    }

    /// <summary>
    /// A signer with the given or the server's credentials at the given or current time.
    /// </summary>
    public SigV4Signer SignerFor(string? accessKey, string? secretKey, DateTime? time) =>
        new(
            accessKey ?? _server.AccessKey,
            secretKey ?? _server.SecretKey,
            time ?? DateTime.UtcNow);

    /// <summary>"/bucket/key" with the key percent-encoded, slashes kept.</summary>
    public static string CanonicalPath(string? bucket, string? key) =>
        bucket is null
            ? "/"
            : $"/{bucket}/{SigV4Signer.UriEncode(key ?? string.Empty, encodeSlash: false)}";

    /// <summary>The request URI for a canonical path and query, not normalised.</summary>
    public Uri UriFor(string canonicalPath, IEnumerable<KeyValuePair<string, string>> query)
    {
        var text = SigV4Signer.CanonicalQuery(query);
        var root = _server.EndpointText + canonicalPath;
        return new Uri(text.Length == 0 ? root : $"{root}?{text}", Verbatim);
    }

    /// <summary>Puts headers on the message or its content, as HttpClient requires.</summary>
    public static void Attach(
        HttpRequestMessage message,
        IReadOnlyDictionary<string, string> headers,
        byte[]? body)
    {
        message.Content = body is null ? null : new ByteArrayContent(body);
        foreach (var (name, value) in headers)
        {
            var isContentHeader = name.StartsWith("content-", StringComparison.OrdinalIgnoreCase);
            if (isContentHeader && message.Content is not null)
            {
                message.Content.Headers.Remove(name);
                message.Content.Headers.TryAddWithoutValidation(name, value);
                continue;
            }

            message.Headers.TryAddWithoutValidation(name, value);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
