using System.Net;

namespace Kura.Protocol;

/// <summary>S3's rules for general purpose bucket names.</summary>
internal static class BucketNames
{
    /// <summary>Names Kura keeps for its own endpoints (/minio/health/..., /kura/...).</summary>
    public static readonly string[] Reserved = ["minio", "kura"];

    /// <summary>Why a name is not allowed, or null when it is.</summary>
    public static string? Problem(string name)
    {
        if (name.Length is < 3 or > 63)
        {
            return "Bucket names must be between 3 and 63 characters long.";
        }

        if (!name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-'))
        {
            return "Bucket names can consist only of lowercase letters, numbers, dots and hyphens.";
        }

        if (!char.IsAsciiLetterOrDigit(name[0]) || !char.IsAsciiLetterOrDigit(name[^1]))
        {
            return "Bucket names must begin and end with a letter or number.";
        }

        if (name.Contains("..", StringComparison.Ordinal) || name.Contains(".-", StringComparison.Ordinal)
            || name.Contains("-.", StringComparison.Ordinal))
        {
            return "Bucket names must not contain two adjacent periods or a period next to a hyphen.";
        }

        if (IPAddress.TryParse(name, out var address)
            && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
        {
            return "Bucket names must not be formatted as an IP address.";
        }

        if (name.StartsWith("xn--", StringComparison.Ordinal) || name.StartsWith("sthree-", StringComparison.Ordinal)
            || name.EndsWith("-s3alias", StringComparison.Ordinal)
            || name.EndsWith("--ol-s3", StringComparison.Ordinal))
        {
            return "Bucket names must not use a prefix or suffix that S3 reserves.";
        }

        return Reserved.Contains(name) ? $"The bucket name '{name}' is reserved by the server." : null;
    }
}
