using System.Security.Cryptography;
using Kura.Auth;
using Kura.Protocol;
using Kura.Storage;

namespace Kura.Console.Api;

/// <summary>Extra access keys, managed by the root key only. Secrets are shown once, at creation.</summary>
internal static class KeyApi
{
    private const string AccessKeyAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const string SecretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private sealed record NewKey(string? Description, string? Bucket, string? Prefix, bool ReadOnly);

    private sealed record KeyChange(bool Enabled);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/keys", (HttpContext context, KeyStore keys) =>
        {
            ConsoleAccess.RequireRoot(context);
            return keys.List().Select(k => new
            {
                accessKey = k.AccessKey,
                enabled = k.Enabled,
                bucket = k.Bucket,
                prefix = k.Prefix,
                readOnly = k.ReadOnly,
                created = k.Created,
                description = k.Description,
            }).ToList();
        });

        api.MapPost("/keys", async (HttpContext context, KeyStore keys, TimeProvider time, NewKey body) =>
        {
            ConsoleAccess.RequireRoot(context);
            var bucket = string.IsNullOrEmpty(body.Bucket) ? null : body.Bucket;
            var prefix = string.IsNullOrEmpty(body.Prefix) ? null : body.Prefix;
            if (bucket is not null && BucketNames.Problem(bucket) is { } problem)
            {
                throw new ConsoleException(400, "InvalidBucketName", problem);
            }

            if (prefix is not null && bucket is null)
            {
                throw new ConsoleException(400, "PrefixWithoutBucket", "A prefix limit needs a bucket too.");
            }

            var record = new AccessKeyRecord
            {
                AccessKey = RandomNumberGenerator.GetString(AccessKeyAlphabet, 20),
                Secret = RandomNumberGenerator.GetString(SecretAlphabet, 40),
                Bucket = bucket,
                Prefix = prefix,
                ReadOnly = body.ReadOnly,
                Description = body.Description,
                Created = time.GetUtcNow(),
            };
            await keys.SaveAsync(record, context.RequestAborted);
            return Results.Created($"/api/keys/{record.AccessKey}", new
            {
                accessKey = record.AccessKey,
                secretKey = record.Secret,
                enabled = true,
                bucket,
                prefix,
                readOnly = record.ReadOnly,
                created = record.Created,
                description = record.Description,
            });
        });

        api.MapPatch("/keys/{accessKey}", async (
            HttpContext context,
            KeyStore keys,
            string accessKey,
            KeyChange body) =>
        {
            ConsoleAccess.RequireRoot(context);
            var record = keys.List().FirstOrDefault(k => k.AccessKey == accessKey)
                ?? throw new ConsoleException(404, "NoSuchAccessKey", "That access key does not exist.");
            await keys.SaveAsync(record with { Enabled = body.Enabled }, context.RequestAborted);
            return Results.NoContent();
        });

        api.MapDelete("/keys/{accessKey}", async (HttpContext context, KeyStore keys, string accessKey) =>
        {
            ConsoleAccess.RequireRoot(context);
            return await keys.DeleteAsync(accessKey, context.RequestAborted)
                ? Results.NoContent()
                : throw new ConsoleException(404, "NoSuchAccessKey", "That access key does not exist.");
        });
    }
}
