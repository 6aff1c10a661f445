using Microsoft.Net.Http.Headers;

namespace Kizuki.Web;

/// <summary>The page language: <c>?lang=</c>, then the cookie it sets, then Accept-Language.</summary>
internal static class Language
{
    /// <summary>The cookie remembering a choice made with the switch.</summary>
    public const string Cookie = "kizuki_lang";

    /// <summary>"ja" or "en" for <paramref name="context"/>; a <c>lang</c> query value is remembered.</summary>
    public static string Of(HttpContext context)
    {
        var asked = context.Request.Query["lang"].ToString();
        if (asked is "ja" or "en")
        {
            context.Response.Cookies.Append(Cookie, asked, new CookieOptions
            {
                HttpOnly = true,
                SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax,
                MaxAge = TimeSpan.FromDays(365),
            });
            return asked;
        }

        if (context.Request.Cookies[Cookie] is "ja" or "en")
        {
            return context.Request.Cookies[Cookie]!;
        }

        return FromAcceptLanguage(context.Request.Headers.AcceptLanguage.ToString());
    }

    /// <summary>The best of ja and en by quality in an Accept-Language header; en when neither.</summary>
    public static string FromAcceptLanguage(string header)
    {
        if (!StringWithQualityHeaderValue.TryParseList(header.Split(','), out var values))
        {
            return "en";
        }

        var best = values
            .Select(v => (Tag: v.Value.ToString().ToLowerInvariant(), Quality: v.Quality ?? 1))
            .Where(v => v.Quality > 0 && (v.Tag.StartsWith("ja", StringComparison.Ordinal)
                || v.Tag.StartsWith("en", StringComparison.Ordinal)))
            .OrderByDescending(v => v.Quality)
            .FirstOrDefault();
        return best.Tag?.StartsWith("ja", StringComparison.Ordinal) == true ? "ja" : "en";
    }
}
