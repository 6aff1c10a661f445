using Kura.Protocol;
using Kura.Storage;
using Microsoft.AspNetCore.StaticFiles;

namespace Kura.Hosting;

/// <summary>
/// Seeds buckets from a folder at start: each subfolder is a bucket, each file below it an object
/// keyed by its relative path. Existing keys are kept, so a restart never overwrites changes.
/// </summary>
internal sealed class BucketSeeder(StorageEngine storage, ILogger logger)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public async Task SeedAsync(string root, CancellationToken cancellationToken)
    {
        foreach (var folder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var bucket = Path.GetFileName(folder);
            if (BucketNames.Problem(bucket) is { } problem)
            {
                Log.SeedSkipped(logger, folder, problem);
                continue;
            }

            await storage.CreateBucketAsync(bucket, cancellationToken);
            var added = 0;
            var kept = 0;
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal))
            {
                var key = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
                if (await AddIfMissingAsync(bucket, key, file, cancellationToken))
                {
                    added++;
                }
                else
                {
                    kept++;
                }
            }

            Log.Seeded(logger, bucket, folder, added, kept);
        }
    }

    private async Task<bool> AddIfMissingAsync(
        string bucket,
        string key,
        string file,
        CancellationToken cancellationToken)
    {
        await using var body = File.OpenRead(file);
        using var staged = await storage.StageAsync(body, [], long.MaxValue, cancellationToken);
        var metadata = new ObjectMetadata
        {
            ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream",
        };
        try
        {
            await storage.CommitObjectAsync(
                bucket,
                key,
                staged,
                metadata,
                null,
                new WriteCondition(MustNotExist: true, null),
                cancellationToken);
            return true;
        }
        catch (StorageException e) when (e.Code == StorageErrorCode.PreconditionFailed)
        {
            return false;
        }
    }
}
