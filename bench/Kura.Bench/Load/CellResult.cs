namespace Kura.Bench.Load;

/// <summary>What one target did for one workload at one connection count.</summary>
internal sealed record CellResult
{
    /// <summary>The target's short name.</summary>
    public required string Target { get; init; }

    /// <summary>The workload that ran.</summary>
    public required Workload Workload { get; init; }

    /// <summary>Connections (and workers) used.</summary>
    public required int Connections { get; init; }

    /// <summary>Completed operations.</summary>
    public required int Ops { get; init; }

    /// <summary>Operations the server answered with an error.</summary>
    public required int Errors { get; init; }

    /// <summary>Operations still running at the hard stop and cancelled; not counted as done.</summary>
    public required int Cut { get; init; }

    /// <summary>From the first request to the end of the last one.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Latencies of completed operations in milliseconds, sorted.</summary>
    public required double[] LatenciesMs { get; init; }

    /// <summary>CPU seconds the load generator used during the cell.</summary>
    public required double ClientCpuSeconds { get; init; }

    /// <summary>CPU seconds the server (and its child processes) used during the cell.</summary>
    public required double ServerCpuSeconds { get; init; }

    /// <summary>Largest resident set size of the server sampled during the cell.</summary>
    public required long ServerPeakRssBytes { get; init; }

    /// <summary>The first error message, for the log.</summary>
    public string? FirstError { get; init; }

    /// <summary>Completed operations per second.</summary>
    public double OpsPerSecond => Ops / Elapsed.TotalSeconds;

    /// <summary>Payload megabytes (10^6 bytes, as dd reports) per second.</summary>
    public double MegabytesPerSecond => Ops * (double)Workload.Size / Elapsed.TotalSeconds / 1e6;

    /// <summary>Median latency in milliseconds, NaN without completed operations.</summary>
    public double MedianMs => Percentile(LatenciesMs, 0.50);

    /// <summary>95th percentile latency in milliseconds.</summary>
    public double P95Ms => Percentile(LatenciesMs, 0.95);

    /// <summary>Load generator CPU as a share of one core.</summary>
    public double ClientCpuShare => ClientCpuSeconds / Elapsed.TotalSeconds;

    /// <summary>Server CPU as a share of one core.</summary>
    public double ServerCpuShare => ServerCpuSeconds / Elapsed.TotalSeconds;

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0
            ? double.NaN
            : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
