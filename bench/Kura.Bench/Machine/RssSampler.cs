namespace Kura.Bench.Machine;

/// <summary>
/// Samples a server's resident set size every 50 ms while a load runs and keeps the largest
/// value: VmHWM alone is a lifetime peak and cannot say which workload caused it.
/// </summary>
internal sealed class RssSampler : IAsyncDisposable
{
    private readonly IReadOnlyList<int> _pids;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <summary>Starts sampling the process tree rooted at <paramref name="pid"/>.</summary>
    public RssSampler(int? pid)
    {
        // The tree is read once: walking /proc every 50 ms would cost the load generator CPU.
        _pids = ProcessStats.TreeOf(pid);
        _loop = Task.Run(SampleAsync);
    }

    /// <summary>The largest resident set size seen so far, in bytes.</summary>
    public long PeakBytes { get; private set; }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // The normal way the loop ends.
        }

        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            PeakBytes = Math.Max(PeakBytes, ProcessStats.RssBytes(_pids));
            await Task.Delay(50, _stop.Token);
        }
    }
}
