using Kura.Protocol;
using Kura.Protocol.Handlers;
using Kura.Storage;
using Kura.Storage.Checksums;

namespace Kura.Console.Api;

/// <summary>Multipart uploads from the console, for files too large for one request.</summary>
internal static class UploadApi
{
    private sealed record PartEntry(int PartNumber, string? Etag);

    private sealed record CompleteRequest(List<PartEntry>? Parts);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/buckets/{bucket}/uploads", async (HttpContext context, StorageEngine storage, string bucket) =>
        {
            var key = ConsoleAccess.ObjectKey(context);
            ConsoleAccess.Require(context, S3Operation.CreateMultipartUpload, bucket, key);
            var metadata = new ObjectMetadata
            {
                ContentType = context.Request.ContentType ?? "application/octet-stream",
            };
            var upload = await storage.CreateUploadAsync(
                bucket,
                key,
                metadata,
                ChecksumAlgorithm.None,
                null,
                context.RequestAborted);
            return Results.Ok(new { uploadId = upload.UploadId });
        });

        api.MapPut("/buckets/{bucket}/uploads/{uploadId}/parts/{partNumber:int}", async (HttpContext context,
            StorageEngine storage, string bucket, string uploadId, int partNumber) =>
        {
            var key = ConsoleAccess.ObjectKey(context);
            ConsoleAccess.Require(context, S3Operation.UploadPart, bucket, key);
            if (partNumber is < 1 or > MultipartHandlers.MaxPartNumber)
            {
                throw new ConsoleException(400, "InvalidPartNumber", "Part numbers run from 1 to 10000.");
            }

            var upload = storage.GetUpload(bucket, key, uploadId);
            using var staged = await storage.StagePartAsync(
                context.Request.Body,
                [],
                MultipartHandlers.MaxPartSize,
                context.RequestAborted);
            var part = await storage.CommitPartAsync(upload, partNumber, staged, null, context.RequestAborted);
            return Results.Ok(new { etag = part.ETag });
        });

        api.MapPost("/buckets/{bucket}/uploads/{uploadId}/complete", async (HttpContext context, StorageEngine storage,
            string bucket, string uploadId, CompleteRequest body) =>
        {
            var key = ConsoleAccess.ObjectKey(context);
            ConsoleAccess.Require(context, S3Operation.CompleteMultipartUpload, bucket, key);
            var upload = storage.GetUpload(bucket, key, uploadId);
            var requested = (body.Parts ?? [])
                .Select(p => new MultipartHandlers.RequestedPart(
                    p.PartNumber,
                    HttpFormats.UnquoteETag(p.Etag ?? "").ToLowerInvariant(),
                    null))
                .ToList();
            if (requested.Count == 0)
            {
                throw new ConsoleException(400, "MalformedParts", "List at least one part to complete an upload.");
            }

            var info = await storage.CompleteUploadAsync(
                upload,
                stored => MultipartHandlers.Assemble(upload, requested, stored, null),
                WriteCondition.None,
                context.RequestAborted);
            return Results.Ok(new { etag = info.ETag });
        });

        api.MapDelete("/buckets/{bucket}/uploads/{uploadId}", async (HttpContext context, StorageEngine storage,
            string bucket, string uploadId) =>
        {
            var key = ConsoleAccess.ObjectKey(context);
            ConsoleAccess.Require(context, S3Operation.AbortMultipartUpload, bucket, key);
            await storage.AbortUploadAsync(storage.GetUpload(bucket, key, uploadId), context.RequestAborted);
            return Results.NoContent();
        });
    }
}
