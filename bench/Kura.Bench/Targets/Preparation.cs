using Kura.Bench.Load;

namespace Kura.Bench.Targets;

/// <summary>
/// Gets every target ready before the clock starts: buckets and GET objects on the S3 servers,
/// static files for nginx. A peer that fails here is dropped from the run with a message rather
/// than stopping it, since the Kura figures are still worth having.
/// </summary>
internal static class Preparation
{
    /// <summary>Prepares the targets and returns those that are ready, Kura first.</summary>
    public static async Task<List<BenchTarget>> PrepareAsync(
        List<BenchTarget> targets,
        BenchOptions options,
        CancellationToken cancellationToken)
    {
        var ready = new List<BenchTarget>();
        foreach (var target in targets)
        {
            try
            {
                if (target.IsS3)
                {
                    await BucketSetup.CreateBucketAsync(target, cancellationToken);
                    await BucketSetup.PutReadObjectsAsync(target, cancellationToken);
                }
                else
                {
                    await BucketSetup.WriteStaticFilesAsync(
                        Path.Combine(options.PeersDirectory!, "www"), cancellationToken);
                }

                ready.Add(target);
            }
            catch (Exception e) when (target.Name != "kura" && e is BenchRequestException or HttpRequestException)
            {
                Console.Error.WriteLine($"skipping {target.Name}: {e.Message}");
            }
        }

        return ready;
    }
}
