using Kura.Auth;
using Kura.Protocol;
using Kura.Protocol.Cors;
using Kura.Storage;

namespace Kura.Console.Api;

/// <summary>Buckets: list with usage, create, delete when empty, CORS rules.</summary>
internal static class BucketApi
{
    private sealed record NewBucket(string? Name);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/buckets", (HttpContext context, StorageEngine storage) =>
        {
            var user = ConsoleUser.Get(context);
            return storage.ListBuckets().Where(b => AccessPolicy.Sees(user, b.Name)).Select(b =>
            {
                var (objects, size) = storage.BucketUsage(b.Name);
                return new { name = b.Name, created = b.Created, objects, size };
            }).ToList();
        });

        api.MapPost("/buckets", async (HttpContext context, StorageEngine storage, NewBucket body) =>
        {
            var name = body.Name ?? "";
            ConsoleAccess.Require(context, S3Operation.CreateBucket, name);
            if (BucketNames.Problem(name) is { } problem)
            {
                throw new ConsoleException(400, "InvalidBucketName", problem);
            }

            if (!await storage.CreateBucketAsync(name, context.RequestAborted))
            {
                throw new ConsoleException(409, "BucketAlreadyOwnedByYou", $"The bucket '{name}' already exists.");
            }

            return Results.Created($"/api/buckets/{name}", new { name });
        });

        api.MapDelete("/buckets/{bucket}", async (HttpContext context, StorageEngine storage, string bucket) =>
        {
            ConsoleAccess.Require(context, S3Operation.DeleteBucket, bucket);
            var (objects, _) = storage.BucketUsage(bucket);
            if (objects > 0)
            {
                throw new ConsoleException(
                    409,
                    "BucketNotEmpty",
                    $"The bucket still holds {objects} objects; delete them first.");
            }

            await storage.DeleteBucketAsync(bucket, context.RequestAborted);
            return Results.NoContent();
        });

        api.MapGet("/buckets/{bucket}/cors", (HttpContext context, StorageEngine storage, string bucket) =>
        {
            ConsoleAccess.Require(context, S3Operation.GetBucketCors, bucket);
            var rules = CorsConfiguration.FromJson(storage.GetCors(bucket))?.Rules ?? [];
            return Results.Ok(new { rules });
        });

        api.MapPut("/buckets/{bucket}/cors", async (
            HttpContext context,
            StorageEngine storage,
            string bucket,
            CorsConfiguration body) =>
        {
            ConsoleAccess.Require(context, S3Operation.PutBucketCors, bucket);
            if (body.Rules.Count == 0)
            {
                await storage.SetCorsAsync(bucket, null, context.RequestAborted);
                return Results.NoContent();
            }

            if (body.Problem() is { } problem)
            {
                throw new ConsoleException(400, "InvalidCorsRule", problem);
            }

            await storage.SetCorsAsync(bucket, body.ToJson(), context.RequestAborted);
            return Results.NoContent();
        });
    }
}
