namespace Kura.Protocol.Cors;

/// <summary>One CORSRule of a bucket, as S3 defines it.</summary>
internal sealed record CorsRule
{
    public string? Id { get; init; }

    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    public IReadOnlyList<string> AllowedMethods { get; init; } = [];

    public IReadOnlyList<string> AllowedHeaders { get; init; } = [];

    public IReadOnlyList<string> ExposeHeaders { get; init; } = [];

    public int? MaxAgeSeconds { get; init; }

    /// <summary>Whether an origin matches one of the allowed patterns (each may hold one '*').</summary>
    public bool AllowsOrigin(string origin) =>
        AllowedOrigins.Any(pattern => Wildcard.Matches(pattern, origin, ignoreCase: false));

    public bool AllowsMethod(string method) => AllowedMethods.Contains(method, StringComparer.Ordinal);

    /// <summary>Whether every requested header matches an AllowedHeader pattern (case-insensitive).</summary>
    public bool AllowsHeaders(IEnumerable<string> headers) =>
        headers.All(h => AllowedHeaders.Any(pattern => Wildcard.Matches(pattern, h, ignoreCase: true)));
}
