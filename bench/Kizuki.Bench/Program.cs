using System.Diagnostics;
using System.Globalization;
using Kizuki.Bench;
using Kizuki.Export;
using Kizuki.Sources.Files;
using Kizuki.Store;
using Kizuki.Taxonomy;
using Microsoft.Extensions.Logging.Abstractions;

// Prints one line per figure. Usage: kizuki-bench [DATA_DIR] [SYNTHETIC_COUNT]
var dataDir = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "data", "defects");
var synthetic = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
var work = Directory.CreateTempSubdirectory("kizuki-bench-").FullName;
var loggers = NullLoggerFactory.Instance;

try
{
    var dump = Path.Combine(dataDir, "github-huggingface-datasets-issues.jsonl.gz");
    await using (var store = await StoreFactory.OpenAsync("sqlite:" + Path.Combine(work, "dump.db"), loggers, default))
    {
        var clock = Stopwatch.StartNew();
        var summary = await store.WriteAsync(
            new FileSource(dump, new FileImportOptions()).ReadAsync(null, default), null, null, default);
        Report.Line("import github dump (7,258 items)", clock.Elapsed, $"{summary.Read} issues stored");
    }

    await using (var store = await StoreFactory.OpenAsync("sqlite:" + Path.Combine(work, "big.db"), loggers, default))
    {
        var clock = Stopwatch.StartNew();
        var summary = await store.WriteAsync(SyntheticIssues.Generate(synthetic), null, null, default);
        Report.Line($"import {synthetic:N0} synthetic issues", clock.Elapsed, $"{summary.Read} issues stored");
    }

    await WebBench.RunAsync("sqlite:" + Path.Combine(work, "big.db"), rounds: 20);

    var exportDb = "sqlite:" + Path.Combine(work, "export.db");
    await using (var store = await StoreFactory.OpenAsync(exportDb, loggers, default))
    {
        await store.WriteAsync(SyntheticIssues.Generate(100_000), null, null, default);
        var export = new DailyExport(store, TaxonomyLoader.LoadDefault(), NullLogger<DailyExport>.Instance);
        var clock = Stopwatch.StartNew();
        var result = await export.RunAsync(
            new ExportOptions
            {
                OutputDirectory = Path.Combine(work, "out"),
                Day = new DateOnly(2026, 12, 3),
                DefectsOnly = false,
            },
            default);
        Report.Line("export 100,000 issues (xlsx + 2 csv)", clock.Elapsed,
            $"{result.DefectCount} rows, {result.DailyCountRows} count rows, "
            + $"xlsx {new FileInfo(result.Xlsx).Length / 1024} KiB");
    }

    Report.PeakMemory();
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(work, recursive: true);
}
