using Kura.Auth;
using Kura.Hosting;
using Kura.Protocol;
using Kura.Storage;

namespace Kura.Console.Api;

internal static partial class ObjectApi
{
    private sealed record ShareRequest(string? Key, int ExpiresSeconds);

    /// <summary>
    /// A presigned GET URL signed with the caller's own key, on the S3 port. Its host is
    /// KURA_SERVER_URL when set (what apps and people outside reach), else the host the console
    /// was reached on with the S3 port.
    /// </summary>
    public static void MapShare(RouteGroupBuilder api) =>
        api.MapPost("/buckets/{bucket}/share", (HttpContext context, StorageEngine storage, KuraOptions options,
            TimeProvider time, string bucket, ShareRequest body) =>
        {
            var key = body.Key ?? "";
            var user = ConsoleAccess.Require(context, S3Operation.GetObject, bucket, key);
            _ = storage.GetObject(bucket, key);
            if (body.ExpiresSeconds is < 1 or > 7 * 24 * 3600)
            {
                throw new ConsoleException(400, "InvalidExpiry", "A share link lasts from 1 second to 7 days.");
            }

            var server = options.ServerUrl
                ?? new UriBuilder(context.Request.Scheme, context.Request.Host.Host, options.Address.Port).Uri;
            var now = time.GetUtcNow();
            var url = Presigner.PresignGet(
                user,
                server,
                bucket,
                key,
                TimeSpan.FromSeconds(body.ExpiresSeconds),
                now,
                options.Region);
            return Results.Ok(new { url, expires = now.AddSeconds(body.ExpiresSeconds) });
        });
}
