using Kura.Auth;

namespace Kura.Console.Api;

/// <summary>Sign in, who am I, sign out.</summary>
internal static class SessionApi
{
    private sealed record SignIn(string? AccessKey, string? SecretKey);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/session", async (
            HttpContext context,
            ConsoleSessions sessions,
            ICredentialStore keys) =>
        {
            ConsoleUser.CheckSameSite(context);
            var body = await context.Request.ReadFromJsonAsync<SignIn>(context.RequestAborted);
            var key = keys.Find(body?.AccessKey ?? "");
            if (key is null || !ConsoleUser.Verify(key, body?.SecretKey ?? ""))
            {
                throw new ConsoleException(401, "InvalidCredentials", "The access key or secret key is wrong.");
            }

            context.Response.Cookies.Append(
                ConsoleSessions.CookieName,
                sessions.Start(key.AccessKeyId),
                new CookieOptions
                {
                    HttpOnly = true,
                    SameSite = SameSiteMode.Strict,
                    Secure = context.Request.IsHttps,
                    Path = "/",
                    MaxAge = ConsoleSessions.Lifetime,
                });
            return Results.Ok(Describe(key));
        });

        endpoints.MapGet("/api/session", (HttpContext context, ConsoleSessions sessions, ICredentialStore keys) =>
        {
            ConsoleUser.Authenticate(context, sessions, keys);
            return Results.Ok(Describe(ConsoleUser.Get(context)));
        });

        endpoints.MapDelete("/api/session", (HttpContext context, ConsoleSessions sessions) =>
        {
            ConsoleUser.CheckSameSite(context);
            sessions.End(context.Request.Cookies[ConsoleSessions.CookieName]);
            context.Response.Cookies.Delete(ConsoleSessions.CookieName);
            return Results.NoContent();
        });
    }

    private static object Describe(AccessKey key) => new
    {
        accessKey = key.AccessKeyId,
        isRoot = key.IsRoot,
        bucket = key.Bucket,
        prefix = key.Prefix,
        readOnly = key.ReadOnly,
    };
}
