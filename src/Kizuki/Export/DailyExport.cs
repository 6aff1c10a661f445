using Kizuki.Store;
using Kizuki.Taxonomy;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Kizuki.Export;

/// <summary>Writes the day's spreadsheet (xlsx with both sheets) and the same sheets as CSV.</summary>
internal sealed class DailyExport
{
    private readonly IDefectStore _store;
    private readonly DefectTaxonomy _taxonomy;
    private readonly ILogger<DailyExport> _logger;

    /// <summary>Exports what <paramref name="store"/> holds, classified by <paramref name="taxonomy"/>.</summary>
    public DailyExport(IDefectStore store, DefectTaxonomy taxonomy, ILogger<DailyExport> logger)
    {
        _store = store;
        _taxonomy = taxonomy;
        _logger = logger;
    }

    /// <summary>
    /// Writes <c>kizuki-defects-DAY.xlsx</c>, <c>kizuki-defects-DAY.csv</c> and
    /// <c>kizuki-daily-counts-DAY.csv</c>. The rows are held in memory while the workbook is
    /// written: about 1 KB an issue, fine for a few hundred thousand issues.
    /// </summary>
    public async Task<ExportResult> RunAsync(ExportOptions options, CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        var japanese = options.Language.StartsWith("ja", StringComparison.OrdinalIgnoreCase);
        var defects = new DefectSheetBuilder(_taxonomy, options.TimeZone, japanese);
        var counts = new DailyCountsBuilder(_taxonomy, options.TimeZone);
        var rowCount = 0;

        await foreach (var defect in _store.ReadAsync(options.Source, cancellationToken))
        {
            var classification = _taxonomy.Classify(defect);
            if (options.DefectsOnly && !DefectTaxonomy.IsDefect(classification))
            {
                continue;
            }

            defects.Add(defect, classification);
            counts.Add(defect, classification);
            rowCount++;
        }

        var defectSheet = defects.Build();
        var countSheet = counts.Build(options.Day);
        Directory.CreateDirectory(options.OutputDirectory);
        var day = options.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var xlsx = Path.Combine(options.OutputDirectory, $"kizuki-defects-{day}.xlsx");
        var defectsCsv = Path.Combine(options.OutputDirectory, $"kizuki-defects-{day}.csv");
        var countsCsv = Path.Combine(options.OutputDirectory, $"kizuki-daily-counts-{day}.csv");

        var sheets = new Dictionary<string, object>
        {
            [defectSheet.Name] = defectSheet.AsDictionaries(),
            [countSheet.Name] = countSheet.AsDictionaries(),
        };
        await MiniExcel.SaveAsAsync(xlsx, sheets, overwriteFile: true, cancellationToken: cancellationToken);
        await CsvSheetWriter.WriteAsync(defectSheet, defectsCsv, cancellationToken);
        await CsvSheetWriter.WriteAsync(countSheet, countsCsv, cancellationToken);

        var elapsed = TimeProvider.System.GetElapsedTime(started);
        Log.Exported(_logger, rowCount, countSheet.Rows.Count, xlsx, (long)elapsed.TotalMilliseconds);
        return new ExportResult(xlsx, defectsCsv, countsCsv, rowCount, countSheet.Rows.Count);
    }
}
