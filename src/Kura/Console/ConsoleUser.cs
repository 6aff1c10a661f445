using System.Net.Http.Headers;
using System.Text;
using Kura.Auth;

namespace Kura.Console;

/// <summary>
/// Who is calling the console API: the key of the session cookie, or of Basic credentials sent
/// by a script. State-changing calls must also prove they come from the console's own pages.
/// </summary>
internal static class ConsoleUser
{
    private const string ItemKey = "kura.console.key";

    public static AccessKey Get(HttpContext context) =>
        context.Items[ItemKey] as AccessKey ?? throw new ConsoleException(401, "SignInRequired", "Sign in first.");

    /// <summary>Finds the caller and checks the cross-site rules; throws 401 or 403.</summary>
    public static void Authenticate(HttpContext context, ConsoleSessions sessions, ICredentialStore keys)
    {
        CheckSameSite(context);
        var key = FromBasic(context, keys) ?? FromSession(context, sessions, keys)
            ?? throw new ConsoleException(401, "SignInRequired", "Sign in first.");
        context.Items[ItemKey] = key;
    }

    /// <summary>
    /// A form posted from another site can carry the cookie but not a custom header, and the
    /// browser names its origin; both are checked for anything but a read.
    /// </summary>
    public static void CheckSameSite(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            return;
        }

        var origin = request.Headers.Origin.ToString();
        var expected = $"{request.Scheme}://{request.Host}";
        if (request.Headers["X-Kura-Console"] != "1"
            || (origin.Length > 0 && !string.Equals(origin, expected, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ConsoleException(403, "CrossSiteRequest",
                "This request did not come from the console's own pages.");
        }
    }

    private static AccessKey? FromSession(HttpContext context, ConsoleSessions sessions, ICredentialStore keys)
    {
        var accessKey = sessions.Find(context.Request.Cookies[ConsoleSessions.CookieName]);
        return accessKey is null ? null : keys.Find(accessKey);
    }

    private static AccessKey? FromBasic(HttpContext context, ICredentialStore keys)
    {
        if (!AuthenticationHeaderValue.TryParse(context.Request.Headers.Authorization, out var header)
            || header.Scheme != "Basic" || header.Parameter is null)
        {
            return null;
        }

        string pair;
        try
        {
            pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return null;
        }

        var colon = pair.IndexOf(':', StringComparison.Ordinal);
        var key = colon < 0 ? null : keys.Find(pair[..colon]);
        return key is not null && Verify(key, pair[(colon + 1)..]) ? key : null;
    }

    /// <summary>Compares a presented secret with the key's in constant time.</summary>
    public static bool Verify(AccessKey key, string secret) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(key.SecretKey), Encoding.UTF8.GetBytes(secret));
}
