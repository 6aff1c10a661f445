namespace Kura.Tests.Fixtures;

/// <summary>What a test that starts its own server changes from the defaults.</summary>
public sealed record KuraServerSettings
{
    /// <summary>Serve this folder instead of a fresh one in the work folder.</summary>
    public string? DataDir { get; init; }

    /// <summary>Extra environment; a null value removes the variable.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } =
        new Dictionary<string, string?>();

    /// <summary>Extra command-line arguments after the address.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Where the server reports readiness; an empty string skips the wait.</summary>
    public string ReadyPath { get; init; } = "/minio/health/ready";
}
