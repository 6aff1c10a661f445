using System.Text.Json.Serialization;

namespace Kura.Storage;

/// <summary>Source-generated JSON for what the index stores as text.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ObjectMetadata))]
internal sealed partial class MetadataJsonContext : JsonSerializerContext;
