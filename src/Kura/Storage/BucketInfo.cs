namespace Kura.Storage;

/// <summary>A bucket as the index records it.</summary>
internal sealed record BucketInfo(long Id, string Name, DateTimeOffset Created);
