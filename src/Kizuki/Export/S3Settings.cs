namespace Kizuki.Export;

/// <summary>Where exports are published: any S3-compatible endpoint, addressed path-style.</summary>
internal sealed record S3Settings
{
    /// <summary>The endpoint, e.g. <c>http://kura.storage.svc.cluster.local:9000</c>.</summary>
    public required string Endpoint { get; init; }

    /// <summary>The bucket the files go to.</summary>
    public required string Bucket { get; init; }

    /// <summary>Access key id.</summary>
    public required string AccessKey { get; init; }

    /// <summary>Secret key; never logged.</summary>
    public required string SecretKey { get; init; }

    /// <summary>Signing region; S3-compatible servers usually accept us-east-1.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>Key prefix, e.g. <c>kizuki/</c>; may be empty.</summary>
    public string Prefix { get; init; } = "kizuki/";

    /// <inheritdoc/>
    public override string ToString() => $"{Endpoint}/{Bucket}/{Prefix} (access key {AccessKey})";
}
