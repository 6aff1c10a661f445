using Kura.Auth;

namespace Kura.Hosting;

/// <summary>
/// Reads Kura's settings from the environment, also under MinIO's names so that manifests
/// written for MinIO keep working: KURA_ROOT_USER/KURA_ROOT_PASSWORD, then
/// MINIO_ROOT_USER/MINIO_ROOT_PASSWORD, then the older MINIO_ACCESS_KEY/MINIO_SECRET_KEY.
/// </summary>
internal static class EnvironmentSettings
{
    /// <summary>MinIO's well-known default pair, used (with a loud warning) when nothing is set.</summary>
    public static readonly AccessKey DefaultRootKey = new("minioadmin", "minioadmin");

    private static readonly (string User, string Password)[] CredentialVariables =
    [
        ("KURA_ROOT_USER", "KURA_ROOT_PASSWORD"),
        ("MINIO_ROOT_USER", "MINIO_ROOT_PASSWORD"),
        ("MINIO_ACCESS_KEY", "MINIO_SECRET_KEY"),
    ];

    /// <summary>The root key from the first pair that is set; null when none is.</summary>
    public static AccessKey? RootKey(Func<string, string?> read)
    {
        foreach (var (userVariable, passwordVariable) in CredentialVariables)
        {
            var user = read(userVariable);
            var password = read(passwordVariable);
            if (string.IsNullOrEmpty(user) && string.IsNullOrEmpty(password))
            {
                continue;
            }

            if (string.IsNullOrEmpty(user) || string.IsNullOrEmpty(password))
            {
                throw new InvalidOperationException(
                    $"{userVariable} and {passwordVariable} must be set together; only one of them is.");
            }

            if (password.Length < 8)
            {
                throw new InvalidOperationException($"{passwordVariable} must be at least 8 characters long.");
            }

            return new AccessKey(user, password);
        }

        return null;
    }

    /// <summary>Bucket names from KURA_BUCKETS (or MINIO_DEFAULT_BUCKETS), comma or space separated.</summary>
    public static IReadOnlyList<string> Buckets(Func<string, string?> read) =>
        (read("KURA_BUCKETS") ?? read("MINIO_DEFAULT_BUCKETS") ?? "")
            .Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Region(Func<string, string?> read) =>
        NullIfEmpty(read("KURA_REGION")) ?? NullIfEmpty(read("MINIO_REGION"))
        ?? NullIfEmpty(read("MINIO_REGION_NAME")) ?? "us-east-1";

    public static string? Domain(Func<string, string?> read) =>
        NullIfEmpty(read("KURA_DOMAIN")) ?? NullIfEmpty(read("MINIO_DOMAIN"));

    /// <summary>KURA_SERVER_URL (or MinIO's MINIO_SERVER_URL): the S3 address as others reach it.</summary>
    public static Uri? ServerUrl(Func<string, string?> read)
    {
        var value = NullIfEmpty(read("KURA_SERVER_URL")) ?? NullIfEmpty(read("MINIO_SERVER_URL"));
        if (value is null)
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"KURA_SERVER_URL '{value}' is not an absolute URL.");
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
