namespace Kura.Tests.Support;

/// <summary>Samples a process's resident memory from /proc while a transfer runs.</summary>
public sealed class ResidentMemory : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    public ResidentMemory(int processId)
    {
        _sampling = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                PeakBytes = Math.Max(PeakBytes, Read(processId));
                await Task.Delay(100);
            }
        });
    }

    /// <summary>The highest VmRSS seen so far.</summary>
    public long PeakBytes { get; private set; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private static long Read(int processId)
    {
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
            }
        }

        return 0;
    }
}
