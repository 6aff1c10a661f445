using System.Text.RegularExpressions;
using Kura.Protocol;
using Kura.Storage;

namespace Kura.Console.Api;

/// <summary>Named snapshots of a bucket: save, list, restore, delete.</summary>
internal static partial class SnapshotApi
{
    private sealed record NewSnapshot(string? Name);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/buckets/{bucket}/snapshots", (HttpContext context, StorageEngine storage, string bucket) =>
        {
            ConsoleAccess.Require(context, S3Operation.ListObjectsV2, bucket, listPrefix: "");
            return storage.ListSnapshots(bucket).Select(s =>
                new { name = s.Name, created = s.Created, objects = s.Objects, size = s.Size });
        });

        api.MapPost("/buckets/{bucket}/snapshots", async (
            HttpContext context,
            StorageEngine storage,
            string bucket,
            NewSnapshot body) =>
        {
            RequireWholeBucket(context, bucket);
            var name = body.Name ?? "";
            if (!ValidName().IsMatch(name))
            {
                throw new ConsoleException(
                    400,
                    "InvalidSnapshotName",
                    "Snapshot names use 1 to 64 letters, digits, '-', '_' or '.'.");
            }

            await storage.SaveSnapshotAsync(bucket, name, context.RequestAborted);
            return Results.Created($"/api/buckets/{bucket}/snapshots/{name}", new { name });
        });

        api.MapPost("/buckets/{bucket}/snapshots/{name}/restore", async (
            HttpContext context,
            StorageEngine storage,
            string bucket,
            string name) =>
        {
            RequireWholeBucket(context, bucket);
            var (restored, removed) = await storage.RestoreSnapshotAsync(bucket, name, context.RequestAborted);
            return Results.Ok(new { restored, removed });
        });

        api.MapDelete("/buckets/{bucket}/snapshots/{name}", async (
            HttpContext context,
            StorageEngine storage,
            string bucket,
            string name) =>
        {
            RequireWholeBucket(context, bucket);
            await storage.DeleteSnapshotAsync(bucket, name, context.RequestAborted);
            return Results.NoContent();
        });
    }

    /// <summary>Snapshots replace a whole bucket: only root or a writable key for all of it may.</summary>
    private static void RequireWholeBucket(HttpContext context, string bucket)
    {
        var user = ConsoleAccess.Require(context, S3Operation.PutObject, bucket, "");
        if (!user.IsRoot && (user.ReadOnly || user.Prefix is not null))
        {
            throw new ConsoleException(
                403,
                "AccessDenied",
                "Snapshots need the root key or a writable key for the whole bucket.");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex ValidName();
}
