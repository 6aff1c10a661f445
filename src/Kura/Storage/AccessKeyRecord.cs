namespace Kura.Storage;

/// <summary>An access key as the index keeps it.</summary>
internal sealed record AccessKeyRecord
{
    public required string AccessKey { get; init; }

    public required string Secret { get; init; }

    public bool Enabled { get; init; } = true;

    /// <summary>The only bucket the key may reach, or null for all.</summary>
    public string? Bucket { get; init; }

    /// <summary>The key prefix it is limited to inside <see cref="Bucket"/>, or null.</summary>
    public string? Prefix { get; init; }

    public bool ReadOnly { get; init; }

    public string? Description { get; init; }

    public DateTimeOffset Created { get; init; }
}
