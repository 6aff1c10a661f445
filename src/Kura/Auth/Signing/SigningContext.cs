namespace Kura.Auth.Signing;

/// <summary>
/// What a streaming body's chunk signatures are computed with: the derived key, the request
/// time and scope, and the seed signature of the request itself.
/// </summary>
internal sealed record SigningContext(byte[] SigningKey, string AmzDate, string Scope, string SeedSignature);
