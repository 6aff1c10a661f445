using System.Diagnostics;
using System.Text;
using Kizuki.Export;
using Kizuki.Sources.Files;
using Kizuki.Taxonomy;
using Kizuki.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;
using MiniExcelLibs;

namespace Kizuki.Tests.Export;

public sealed class DailyExportTests : IDisposable
{
    private static readonly DateOnly Day = new(2025, 3, 1);
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Run_HuggingFaceDefects_XlsxReadsBackWithMatchingCounts()
    {
        // Arrange
        var (result, expectedDefects, expectedClosed) = await ExportHuggingFaceAsync();

        // Act
        var defects = MiniExcel.Query(result.Xlsx, useHeaderRow: true, sheetName: "defects").ToList();
        var counts = MiniExcel.Query(result.Xlsx, useHeaderRow: true, sheetName: "daily_counts")
            .Cast<IDictionary<string, object>>().Where(r => (string)r["dimension"] == "all").ToList();

        // Assert
        Assert.Equal(expectedDefects, defects.Count);
        Assert.Equal(expectedDefects, result.DefectCount);
        Assert.Equal(expectedDefects, counts.Sum(r => Convert.ToInt32(r["created"], null)));
        Assert.Equal(expectedClosed, counts.Sum(r => Convert.ToInt32(r["closed"], null)));
        Assert.Equal(expectedDefects - expectedClosed, Convert.ToInt32(counts[^1]["open"], null));
        Assert.All(defects.Cast<IDictionary<string, object>>(), r => Assert.Contains("yes", (string)r["defect"]));
    }

    [Fact]
    public async Task Run_JapaneseHeaders_CsvHasBomAndJapaneseText()
    {
        // Arrange
        var (result, expectedDefects, _) = await ExportHuggingFaceAsync("ja");

        // Act
        var bytes = await File.ReadAllBytesAsync(result.DefectsCsv);
        var rows = RawCounts.Csv(result.DefectsCsv);

        // Assert
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Contains("不具合", rows.Header[14], StringComparison.Ordinal);
        Assert.Equal(expectedDefects, rows.Rows.Count);
    }

    [Fact]
    public async Task Run_Xlsx_LibreOfficeConvertsHeadless()
    {
        // Arrange
        var (result, _, _) = await ExportHuggingFaceAsync();
        var outDir = Directory.CreateDirectory(_directory.File("lo")).FullName;

        // Act
        using var process = Process.Start(new ProcessStartInfo(
            "libreoffice", $"--headless --norestore --convert-to csv --outdir {outDir} {result.Xlsx}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["HOME"] = _directory.Path },
        }) ?? throw new InvalidOperationException("libreoffice did not start (apt package libreoffice-calc-nogui)");
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);

        // Assert
        Assert.Equal(0, process.ExitCode);
        var converted = Path.Combine(outDir, Path.GetFileNameWithoutExtension(result.Xlsx) + ".csv");
        Assert.True(File.Exists(converted), await process.StandardError.ReadToEndAsync());
        Assert.Equal(result.DefectCount, RawCounts.Csv(converted).Rows.Count);
    }

    private async Task<(ExportResult Result, int Defects, int Closed)> ExportHuggingFaceAsync(string language = "en")
    {
        var issues = RawCounts.GitHubIssues(DefectData.GitHubHuggingFace);
        var bugs = issues.Where(i => i.GetProperty("labels").EnumerateArray()
            .Any(l => l.GetProperty("name").GetString() is { } n
                && (n == "bug" || n.EndsWith(" bug", StringComparison.Ordinal))))
            .ToList();
        var closed = bugs.Count(i => i.GetProperty("state").GetString() == "closed");
        await using var store = await StoreHelpers.OpenSqliteAsync(_directory);
        await store.ImportAsync(new FileSource(DefectData.GitHubHuggingFace, new FileImportOptions()));
        var export = new DailyExport(store, TaxonomyLoader.LoadDefault(), NullLogger<DailyExport>.Instance);
        var options = new ExportOptions
        {
            OutputDirectory = _directory.File("out"),
            Day = Day,
            Language = language,
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"),
        };

        var result = await export.RunAsync(options, CancellationToken.None);
        return (result, bugs.Count, closed);
    }
}
