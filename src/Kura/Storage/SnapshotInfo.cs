namespace Kura.Storage;

/// <summary>A saved state of a bucket.</summary>
internal sealed record SnapshotInfo(string Name, DateTimeOffset Created, long Objects, long Size);
