using Kura.Bench.Listing;
using Kura.Bench.Load;
using Kura.Bench.Machine;
using Kura.Bench.Targets;

namespace Kura.Bench.Reporting;

/// <summary>Everything one run measured, gathered for the tables.</summary>
internal sealed class RunResults
{
    /// <summary>Every load cell, in the order they ran.</summary>
    public List<CellResult> Cells { get; } = [];

    /// <summary>Connection counts of the run.</summary>
    public required int[] Connections { get; init; }

    /// <summary>Durable sequential write rate of the disk (dd conv=fdatasync), MB/s.</summary>
    public double? FdatasyncMegabytesPerSecond { get; init; }

    /// <summary>The fdatasync rate measured on either side of Kura's 64 MiB PUT cell, by connections.</summary>
    public Dictionary<int, DiskBracket> DiskBesideLargePut { get; } = [];

    /// <summary>Kura's storage counters over each of its PUT cells, by object size and connections.</summary>
    public Dictionary<(long Size, int Connections), KuraCounters> KuraPutCounters { get; } = [];

    /// <summary>4 KiB writes per second with O_DSYNC (dd oflag=dsync): one durable commit each.</summary>
    public double? DsyncWritesPerSecond { get; init; }

    /// <summary>Kura's resident set size shortly after start, before any load.</summary>
    public long KuraIdleRssBytes { get; set; }

    /// <summary>Kura's resident set size after the object workloads, with no load.</summary>
    public long KuraRssAfterLoadBytes { get; set; }

    /// <summary>Kura's VmHWM after the object workloads: its peak over all of them.</summary>
    public long KuraPeakRssBytes { get; set; }

    /// <summary>How the listing bucket was filled; null when the listing part did not run.</summary>
    public FillReport? Fill { get; set; }

    /// <summary>Keys in the listing bucket.</summary>
    public long ListKeys { get; set; }

    /// <summary>LIST latency series.</summary>
    public List<ListSeries> Lists { get; } = [];

    /// <summary>The cell of one target, workload and connection count, if it ran.</summary>
    public CellResult? Find(string target, bool isPut, long size, int connections) =>
        Cells.FirstOrDefault(c => c.Target == target && c.Workload.IsPut == isPut
            && c.Workload.Size == size && c.Connections == connections);
}
