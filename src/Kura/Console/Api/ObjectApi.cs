using System.Net.Http.Headers;
using Kura.Protocol;
using Kura.Protocol.Handlers;
using Kura.Storage;
using Kura.Storage.Checksums;

namespace Kura.Console.Api;

/// <summary>Browsing, reading, writing and deleting objects from the console.</summary>
internal static partial class ObjectApi
{
    /// <summary>Types a browser would run as a page; previews send them as plain text.</summary>
    private static readonly string[] ActiveContentTypes =
        ["text/html", "image/svg+xml", "application/xhtml+xml", "text/xml", "application/xml"];

    private sealed record DeleteRequest(List<string>? Keys);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/buckets/{bucket}/objects", (HttpContext context, StorageEngine storage, string bucket) =>
        {
            var query = context.Request.Query;
            var prefix = query["prefix"].ToString();
            ConsoleAccess.Require(context, S3Operation.ListObjectsV2, bucket, listPrefix: prefix);
            var delimiter = query.ContainsKey("delimiter") ? query["delimiter"].ToString() : "/";
            var limit = int.TryParse(query["limit"], out var parsed) ? Math.Clamp(parsed, 1, 1000) : 100;
            var after = query["after"].ToString();
            var page = storage.List(bucket, new ListRequest(prefix, delimiter.Length == 0 ? null : delimiter,
                after.Length == 0 ? null : after, limit));
            return Results.Ok(new
            {
                folders = page.CommonPrefixes,
                objects = page.Objects.Select(o =>
                    new { key = o.Key, size = o.Size, lastModified = o.LastModified, etag = o.ETag }),
                next = page.IsTruncated ? page.LastReturned : null,
            });
        });

        api.MapPut("/buckets/{bucket}/object", async (HttpContext context, StorageEngine storage, string bucket) =>
        {
            var key = ConsoleAccess.ObjectKey(context);
            ConsoleAccess.Require(context, S3Operation.PutObject, bucket, key);
            _ = storage.GetBucket(bucket);
            using var staged = await storage.StageAsync(
                context.Request.Body,
                [],
                PutObjectHandler.MaxObjectSize,
                context.RequestAborted);
            var metadata = new ObjectMetadata
            {
                ContentType = context.Request.ContentType ?? "application/octet-stream",
            };
            var info = await storage.CommitObjectAsync(
                bucket,
                key,
                staged,
                metadata,
                null,
                WriteCondition.None,
                context.RequestAborted);
            return Results.Ok(new { etag = info.ETag });
        });

        api.MapPost("/buckets/{bucket}/folder", async (HttpContext context, StorageEngine storage, string bucket) =>
        {
            var key = ConsoleAccess.ObjectKey(context);
            if (!key.EndsWith('/'))
            {
                throw new ConsoleException(400, "InvalidFolder", "A folder's key ends with '/'.");
            }

            ConsoleAccess.Require(context, S3Operation.PutObject, bucket, key);
            using var staged = await storage.StageAsync(Stream.Null, [], 0, context.RequestAborted);
            await storage.CommitObjectAsync(
                bucket,
                key,
                staged,
                new ObjectMetadata { ContentType = "application/x-directory" },
                null,
                WriteCondition.None,
                context.RequestAborted);
            return Results.Created();
        });

        api.MapGet("/buckets/{bucket}/object", ReadAsync);
        MapShare(api);
        api.MapGet("/buckets/{bucket}/object-info", Describe);

        api.MapPost("/buckets/{bucket}/delete", async (
            HttpContext context,
            StorageEngine storage,
            string bucket,
            DeleteRequest body) =>
        {
            var user = ConsoleUser.Get(context);
            var keys = body.Keys ?? [];
            var allowed = keys
                .Where(k => Auth.AccessPolicy.Allows(user, S3Operation.DeleteObject, bucket, k, null))
                .ToList();
            await storage.DeleteObjectsAsync(bucket, allowed, context.RequestAborted);
            var errors = keys.Except(allowed).Select(k =>
                new { key = k, error = "AccessDenied", message = "This access key may not delete it." });
            return Results.Ok(new { deleted = allowed, errors });
        });
    }

    private static async Task ReadAsync(HttpContext context, StorageEngine storage, string bucket)
    {
        var key = ConsoleAccess.ObjectKey(context);
        ConsoleAccess.Require(context, S3Operation.GetObject, bucket, key);
        var info = storage.GetObject(bucket, key);
        var response = context.Response;
        var type = info.Metadata.ContentType ?? "application/octet-stream";
        var active = ActiveContentTypes.Any(t => type.StartsWith(t, StringComparison.OrdinalIgnoreCase));
        response.ContentType = active ? "text/plain; charset=utf-8" : type;
        response.ContentLength = info.Size;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "sandbox";
        response.Headers.ETag = HttpFormats.QuoteETag(info.ETag);
        var name = key.TrimEnd('/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var disposition = new ContentDispositionHeaderValue(
            context.Request.Query["download"] == "1" ? "attachment" : "inline")
        {
            FileNameStar = name,
        };
        response.Headers.ContentDisposition = disposition.ToString();
        await using var body = storage.OpenRead(info, 0, info.Size);
        await body.CopyToAsync(response.Body, context.RequestAborted);
    }

    private static IResult Describe(HttpContext context, StorageEngine storage, string bucket)
    {
        var key = ConsoleAccess.ObjectKey(context);
        ConsoleAccess.Require(context, S3Operation.HeadObject, bucket, key);
        var info = storage.GetObject(bucket, key);
        var metadata = info.Metadata;
        var headers = new Dictionary<string, string?>
        {
            ["Content-Encoding"] = metadata.ContentEncoding,
            ["Content-Disposition"] = metadata.ContentDisposition,
            ["Content-Language"] = metadata.ContentLanguage,
            ["Cache-Control"] = metadata.CacheControl,
            ["Expires"] = metadata.Expires,
        }.Where(h => h.Value is not null).ToDictionary();
        return Results.Ok(new
        {
            key = info.Key,
            size = info.Size,
            etag = info.ETag,
            lastModified = info.LastModified,
            contentType = metadata.ContentType,
            metadata = metadata.User,
            headers,
            checksum = info.Checksum is { } c
                ? new { algorithm = ChecksumAlgorithms.Name(c.Algorithm), value = c.Value, type = c.Type }
                : null,
            parts = info.PartsCount,
        });
    }
}
