namespace Kizuki.Export;

/// <summary>The files one export wrote.</summary>
/// <param name="Xlsx">The workbook with both sheets.</param>
/// <param name="DefectsCsv">The defects sheet as CSV (UTF-8 with BOM).</param>
/// <param name="DailyCountsCsv">The daily counts sheet as CSV (UTF-8 with BOM).</param>
/// <param name="DefectCount">Rows in the defects sheet.</param>
/// <param name="DailyCountRows">Rows in the daily counts sheet.</param>
internal sealed record ExportResult(
    string Xlsx,
    string DefectsCsv,
    string DailyCountsCsv,
    int DefectCount,
    int DailyCountRows)
{
    /// <summary>All three files.</summary>
    public IReadOnlyList<string> Files => [Xlsx, DefectsCsv, DailyCountsCsv];
}
