using System.Globalization;
using Kura.Bench;
using Kura.Bench.Listing;
using Kura.Bench.Load;
using Kura.Bench.Machine;
using Kura.Bench.Reporting;
using Kura.Bench.Targets;

// Measures Kura against moto, s3rver, nginx and the disk's fdatasync rate; see BenchOptions.Usage
// and bench/run-kura-bench.sh, which starts the peers and passes their folder.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

var dataDirectory = Path.Combine(options.WorkDirectory, "kura-data");
Directory.CreateDirectory(dataDirectory);
await using var kura = new KuraProcess(
    options.KuraDll, dataDirectory, Path.Combine(options.WorkDirectory, "kura.log"));
await kura.StartAsync(stop.Token);
await Task.Delay(TimeSpan.FromSeconds(2), stop.Token);

var run = new RunResults
{
    Connections = options.Connections,
    FdatasyncMegabytesPerSecond = options.FdatasyncMegabytesPerSecond,
    DsyncWritesPerSecond = options.DsyncWritesPerSecond,
    KuraIdleRssBytes = ProcessStats.RssBytes(kura.Pid),
};
Console.Error.WriteLine($"kura pid {kura.Pid} on 127.0.0.1:{kura.Port}, idle RSS {run.KuraIdleRssBytes >> 20} MiB");

using var metricsClient = new HttpClient();
var targets = await Preparation.PrepareAsync(TargetSet.Create(kura, options.PeersDirectory), options, stop.Token);
var limits = new CellLimits(options.CellDuration, TimeSpan.FromSeconds(40), 1_000_000);

// Untimed: .NET's tiered JIT needs some thousands of calls before a request path runs
// optimised code, and a cell that starts seconds after start-up would measure the JIT.
// Kura gets longer: on two busy cores its background tier-up takes tens of seconds.
Workload[] warmUpWorkloads = [new(true, 4096), new(false, 4096), new(true, 1 << 20), new(false, 1 << 20)];
foreach (var target in targets.Where(t => t.IsS3))
{
    var seconds = target.Name == "kura" ? 5 : 2;
    var warmUp = new CellLimits(TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(10), 1_000_000);
    foreach (var workload in warmUpWorkloads)
    {
        await CellRunner.RunAsync(target, workload, 8, warmUp, stop.Token);
    }
}

foreach (var size in Workload.Sizes)
{
    foreach (var isPut in new[] { true, false })
    {
        var workload = new Workload(isPut, size);
        if (options.Only is { } only && !workload.Label.StartsWith(only, StringComparison.Ordinal))
        {
            continue;
        }

        foreach (var connections in options.Connections)
        {
            // Targets alternate within each cell so that drift on a shared machine hits them alike.
            foreach (var target in targets.Where(t => t.IsS3 || !isPut))
            {
                var cell = await RunCellAsync(target, workload, connections);
                run.Cells.Add(cell);
                Console.Error.WriteLine(
                    $"{workload.Label,-11} {connections,2} conn {target.Name,-7} {cell.OpsPerSecond,9:F0} ops/s "
                    + $"{cell.MegabytesPerSecond,8:F1} MB/s p50 {cell.MedianMs,8:F2} ms  "
                    + $"server {cell.ServerCpuShare:F2} bench {cell.ClientCpuShare:F2} cores  "
                    + $"errors {cell.Errors} {cell.FirstError}");
            }
        }
    }
}

run.KuraPeakRssBytes = ProcessStats.PeakRssBytes(kura.Pid);
await Task.Delay(TimeSpan.FromSeconds(2), stop.Token);
run.KuraRssAfterLoadBytes = ProcessStats.RssBytes(kura.Pid);

if (options.ListKeys > 0)
{
    Console.Error.WriteLine($"filling {BucketLayout.Bucket} with {options.ListKeys:N0} keys ({options.Fill})");
    run.ListKeys = options.ListKeys;
    run.Fill = await BucketFiller.FillAsync(
        targets[0], kura, Path.Combine(dataDirectory, ".kura", "index.db"), options.ListKeys, options.Fill,
        TimeSpan.FromSeconds(20), options.FillBudget, stop.Token);
    run.Lists.AddRange(await ListBench.RunAsync(targets[0], options.ListKeys, options.CellDuration, stop.Token));
}

var report = MarkdownReport.Render(run);
Console.WriteLine(report);
if (options.OutputFile is { } output)
{
    await File.WriteAllTextAsync(output, report, stop.Token);
}

return 0;

// Kura's PUT cells also record what its writes waited on (its own /metrics), and its 64 MiB
// PUTs the disk's fdatasync rate on either side: that rate drifts by a factor of two within
// minutes on this machine, so one figure from the start of the run is no ceiling for them.
async Task<CellResult> RunCellAsync(BenchTarget target, Workload workload, int connections)
{
    if (!await QuietMachine.WaitAsync(stop.Token))
    {
        Console.Error.WriteLine("the machine did not settle within 10 s; measuring anyway");
    }

    if (target.Name != "kura" || !workload.IsPut)
    {
        return await CellRunner.RunAsync(target, workload, connections, limits, stop.Token);
    }

    var large = workload.Size == Workload.LargeSize;
    var diskBefore = large ? await ProbeDiskAsync() : 0;
    var countersBefore = await KuraCounters.ReadAsync(metricsClient, target.BaseUri, stop.Token);
    var cell = await CellRunner.RunAsync(target, workload, connections, limits, stop.Token);
    var counters = await KuraCounters.ReadAsync(metricsClient, target.BaseUri, stop.Token);
    run.KuraPutCounters[(workload.Size, connections)] = counters.Since(countersBefore);
    if (large)
    {
        var bracket = new DiskBracket(diskBefore, await ProbeDiskAsync());
        run.DiskBesideLargePut[connections] = bracket;
        Console.Error.WriteLine(
            $"disk: {bracket.Before:F0} MB/s before the cell, {bracket.After:F0} MB/s after");
    }

    return cell;
}

Task<double> ProbeDiskAsync() =>
    DiskProbe.FdatasyncMegabytesPerSecondAsync(options.WorkDirectory, stop.Token);
