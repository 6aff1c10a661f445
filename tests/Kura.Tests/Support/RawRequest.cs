namespace Kura.Tests.Support;

/// <summary>An S3 request built by hand: what to send and how (or whether) to sign it.</summary>
public sealed record RawRequest
{
    /// <summary>HTTP method.</summary>
    public HttpMethod Method { get; init; } = HttpMethod.Get;

    /// <summary>Bucket, or null for the service root.</summary>
    public string? Bucket { get; init; }

    /// <summary>Object key exactly as stored; it is percent-encoded on the wire.</summary>
    public string? Key { get; init; }

    /// <summary>
    /// Query parameters, unencoded; a value of "" sends a bare name (e.g. "uploads").
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; init; } = [];

    /// <summary>Extra headers; they are all signed.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } =
        new Dictionary<string, string>();

    /// <summary>Request body, or null for none.</summary>
    public byte[]? Body { get; init; }

    /// <summary>Access key to sign with; the server's when null.</summary>
    public string? AccessKey { get; init; }

    /// <summary>Secret key to sign with; the server's when null.</summary>
    public string? SecretKey { get; init; }

    /// <summary>Signing time; now when null.</summary>
    public DateTime? Time { get; init; }

    /// <summary>x-amz-content-sha256 value; the body's hash when null.</summary>
    public string? PayloadHash { get; init; }

    /// <summary>A query pair list from name/value tuples.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> QueryOf(
        params (string Name, string Value)[] pairs) =>
        [.. pairs.Select(p => KeyValuePair.Create(p.Name, p.Value))];
}
