namespace Kura.Auth;

/// <summary>A credential pair that may sign requests.</summary>
/// <param name="AccessKeyId">The public half, sent in every signature.</param>
/// <param name="SecretKey">The secret half; never logged, never returned after creation.</param>
internal sealed record AccessKey(string AccessKeyId, string SecretKey);
