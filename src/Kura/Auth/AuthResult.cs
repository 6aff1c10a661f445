using Kura.Auth.Signing;

namespace Kura.Auth;

/// <summary>The outcome of verifying a request's signature.</summary>
internal sealed record AuthResult
{
    public required AccessKey Key { get; init; }

    public required PayloadMode PayloadMode { get; init; }

    /// <summary>The hex SHA-256 the body must have, for <see cref="PayloadMode.SignedHash"/>.</summary>
    public string? PayloadHash { get; init; }

    /// <summary>What chunk signatures chain from; null for Signature Version 2.</summary>
    public SigningContext? Signing { get; init; }
}
