using System.Text.Json;

namespace Kura.Storage;

/// <summary>
/// The headers an object keeps from its upload: the standard content headers and the user's
/// x-amz-meta-* pairs (names lowercased, as S3 returns them).
/// </summary>
internal sealed record ObjectMetadata
{
    public string? ContentType { get; init; }

    public string? ContentEncoding { get; init; }

    public string? ContentDisposition { get; init; }

    public string? ContentLanguage { get; init; }

    public string? CacheControl { get; init; }

    public string? Expires { get; init; }

    public Dictionary<string, string> User { get; init; } = new(StringComparer.Ordinal);

    public string ToJson() => JsonSerializer.Serialize(this, MetadataJsonContext.Default.ObjectMetadata);

    public static ObjectMetadata FromJson(string json) =>
        JsonSerializer.Deserialize(json, MetadataJsonContext.Default.ObjectMetadata) ?? new ObjectMetadata();
}
