using Kura.Auth;
using Kura.Hosting;
using Kura.Storage;

namespace Kura.Protocol;

/// <summary>Everything a handler needs about one S3 request.</summary>
internal sealed class S3Context
{
    public required HttpContext Http { get; init; }

    public required string RequestId { get; init; }

    public required RequestTarget Target { get; init; }

    public required StorageEngine Storage { get; init; }

    public required KuraOptions Options { get; init; }

    public S3Operation Operation { get; set; } = S3Operation.Unknown;

    public AuthResult? Auth { get; set; }

    /// <summary>CORS headers for a browser's request, re-applied if an error clears the response.</summary>
    public IReadOnlyList<(string Name, string Value)> CorsHeaders { get; set; } = [];

    /// <summary>The S3 error code the request ended with, for the log line and metrics.</summary>
    public string? ErrorCode { get; set; }

    public HttpRequest Request => Http.Request;

    public HttpResponse Response => Http.Response;

    public CancellationToken Aborted => Http.RequestAborted;

    public string? Bucket => Target.Bucket;

    public string? Key => Target.Key;

    /// <summary>The bucket, for operations that cannot run without one.</summary>
    public string RequiredBucket =>
        Target.Bucket ?? throw new S3Exception(S3Error.InvalidRequest, "A bucket is required.");

    /// <summary>The key, for operations that cannot run without one.</summary>
    public string RequiredKey => Target.Key ?? throw new S3Exception(S3Error.InvalidRequest, "A key is required.");

    public string? Query(string name) => Request.Query.TryGetValue(name, out var value) ? value.ToString() : null;

    public bool HasQuery(string name) => Request.Query.ContainsKey(name);

    public string? Header(string name) =>
        Request.Headers.TryGetValue(name, out var value) && value.Count > 0 ? value.ToString() : null;
}
