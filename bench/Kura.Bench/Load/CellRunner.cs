using System.Buffers;
using System.Diagnostics;
using Kura.Bench.Machine;
using Kura.Bench.Targets;

namespace Kura.Bench.Load;

/// <summary>
/// Runs one workload against one target with N workers sharing a pool of N connections, and
/// measures the server's and its own CPU while doing so.
/// </summary>
internal static class CellRunner
{
    private const int ReadBufferSize = 256 * 1024;

    /// <summary>Runs the cell; the server's errors are counted, not thrown.</summary>
    public static async Task<CellResult> RunAsync(
        BenchTarget target,
        Workload workload,
        int connections,
        CellLimits limits,
        CancellationToken cancellationToken)
    {
        using var client = BenchTarget.CreateClient(connections);
        var buffers = Enumerable.Range(0, connections)
            .Select(_ => ArrayPool<byte>.Shared.Rent(ReadBufferSize))
            .ToArray();
        try
        {
            // One untimed request per worker opens the connections; skipped for 64 MiB objects,
            // where it would cost as much as the measurement.
            if (workload.Size <= 1024 * 1024)
            {
                await Task.WhenAll(Enumerable.Range(0, connections).Select(async worker =>
                {
                    try
                    {
                        await OnceAsync(client, target, workload, worker, buffers[worker], cancellationToken);
                    }
                    catch (BenchRequestException)
                    {
                        // Counted in the timed part if it keeps happening.
                    }
                }));
            }

            using var hardStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            hardStop.CancelAfter(limits.Duration + limits.Grace);
            var pid = target.ServerPid();
            var serverCpu = ProcessStats.CpuSeconds(pid);
            var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var started = 0;
            await using var rss = new RssSampler(pid);
            var clock = Stopwatch.StartNew();

            var workers = await Task.WhenAll(Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
            {
                var outcome = new WorkerOutcome();
                while (clock.Elapsed < limits.Duration && Interlocked.Increment(ref started) <= limits.MaxOps)
                {
                    var begin = Stopwatch.GetTimestamp();
                    try
                    {
                        await OnceAsync(client, target, workload, worker, buffers[worker], hardStop.Token);
                        outcome.LatenciesMs.Add(Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
                    }
                    catch (OperationCanceledException) when (hardStop.IsCancellationRequested)
                    {
                        outcome.Cut++;
                        break;
                    }
                    catch (Exception e) when (e is BenchRequestException or HttpRequestException or IOException)
                    {
                        outcome.Errors++;
                        outcome.FirstError ??= e.Message;
                    }
                }

                return outcome;
            }, CancellationToken.None)));

            var elapsed = clock.Elapsed;
            var latencies = workers.SelectMany(w => w.LatenciesMs).Order().ToArray();
            return new CellResult
            {
                Target = target.Name,
                Workload = workload,
                Connections = connections,
                Ops = latencies.Length,
                Errors = workers.Sum(w => w.Errors),
                Cut = workers.Sum(w => w.Cut),
                Elapsed = elapsed,
                LatenciesMs = latencies,
                ClientCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - clientCpu).TotalSeconds,
                ServerCpuSeconds = ProcessStats.CpuSeconds(pid) - serverCpu,
                ServerPeakRssBytes = rss.PeakBytes,
                FirstError = workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null),
            };
        }
        finally
        {
            foreach (var buffer in buffers)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private static Task OnceAsync(
        HttpClient client,
        BenchTarget target,
        Workload workload,
        int worker,
        byte[] buffer,
        CancellationToken cancellationToken) =>
        workload.IsPut
            ? ObjectRequests.PutAsync(client, target, workload.KeyFor(worker), workload.Size, cancellationToken)
            : ObjectRequests.GetAsync(
                client, target, workload.KeyFor(worker), workload.Size, buffer, cancellationToken);

    private sealed class WorkerOutcome
    {
        public List<double> LatenciesMs { get; } = [];

        public int Errors { get; set; }

        public int Cut { get; set; }

        public string? FirstError { get; set; }
    }
}
