namespace Kura.Auth;

/// <summary>A credential pair that may sign requests, with the reach it is limited to.</summary>
internal sealed record AccessKey(string AccessKeyId, string SecretKey)
{
    /// <summary>The root pair from the environment: no limits, and it manages other keys.</summary>
    public bool IsRoot { get; init; }

    /// <summary>The only bucket this key may reach, or null for every bucket.</summary>
    public string? Bucket { get; init; }

    /// <summary>The key prefix it is limited to inside <see cref="Bucket"/>, or null.</summary>
    public string? Prefix { get; init; }

    /// <summary>True when the key may only read.</summary>
    public bool ReadOnly { get; init; }
}
