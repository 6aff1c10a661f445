using Kura.Auth;
using Kura.Protocol;

namespace Kura.Console;

/// <summary>The console asks the same access policy as the S3 API.</summary>
internal static class ConsoleAccess
{
    public static AccessKey Require(
        HttpContext context,
        S3Operation operation,
        string? bucket,
        string? key = null,
        string? listPrefix = null)
    {
        var user = ConsoleUser.Get(context);
        if (!AccessPolicy.Allows(user, operation, bucket, key, listPrefix))
        {
            throw new ConsoleException(403, "AccessDenied", "This access key may not do that here.");
        }

        return user;
    }

    public static AccessKey RequireRoot(HttpContext context)
    {
        var user = ConsoleUser.Get(context);
        return user.IsRoot
            ? user
            : throw new ConsoleException(403, "AccessDenied", "Only the root access key can manage access keys.");
    }

    /// <summary>The required ?key= query parameter, validated as an S3 key.</summary>
    public static string ObjectKey(HttpContext context)
    {
        var key = context.Request.Query["key"].ToString();
        if (key.Length == 0)
        {
            throw new ConsoleException(400, "MissingKey", "The 'key' query parameter is required.");
        }

        ObjectKeys.Validate(key);
        return key;
    }
}
