using System.Net;
using Kura.Bench.Load;

namespace Kura.Bench.Targets;

/// <summary>Prepares an S3 target: its bucket and the objects that GET workloads read.</summary>
internal static class BucketSetup
{
    /// <summary>Creates the target's bucket; one that already exists is fine.</summary>
    public static async Task CreateBucketAsync(BenchTarget target, CancellationToken cancellationToken)
    {
        using var client = BenchTarget.CreateClient(1);
        using var request = target.BucketRequest(HttpMethod.Put, target.Bucket, []);
        using var response = await client.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Conflict)
        {
            await ObjectRequests.EnsureOkAsync(response, target, "create bucket", target.Bucket, cancellationToken);
        }
    }

    /// <summary>Stores one object of each size for the GET workloads to read.</summary>
    public static async Task PutReadObjectsAsync(BenchTarget target, CancellationToken cancellationToken)
    {
        using var client = BenchTarget.CreateClient(1);
        foreach (var size in Workload.Sizes)
        {
            await ObjectRequests.PutAsync(client, target, Workload.ReadKey(size), size, cancellationToken);
        }
    }

    /// <summary>Writes the files nginx serves, with the same names and sizes as the objects.</summary>
    public static async Task WriteStaticFilesAsync(string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        foreach (var size in Workload.Sizes)
        {
            await using var file = File.Create(Path.Combine(folder, Workload.ReadKey(size)));
            await new PayloadContent(size).CopyToAsync(file, cancellationToken);
        }
    }
}
