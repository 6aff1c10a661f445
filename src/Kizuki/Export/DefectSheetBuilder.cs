using Kizuki.Model;
using Kizuki.Taxonomy;

namespace Kizuki.Export;

/// <summary>Builds the defects sheet: one row an issue, one column a dimension.</summary>
internal sealed class DefectSheetBuilder
{
    private readonly DefectTaxonomy _taxonomy;
    private readonly TimeZoneInfo _timeZone;
    private readonly bool _japanese;
    private readonly List<object?[]> _rows = [];

    /// <summary>
    /// Rows for <paramref name="taxonomy"/>'s dimensions, times shown in <paramref name="timeZone"/>.
    /// </summary>
    public DefectSheetBuilder(DefectTaxonomy taxonomy, TimeZoneInfo timeZone, bool japanese)
    {
        _taxonomy = taxonomy;
        _timeZone = timeZone;
        _japanese = japanese;
    }

    /// <summary>Adds one issue's row.</summary>
    public void Add(Defect defect, Classification classification)
    {
        var row = new List<object?>
        {
            defect.Source, defect.Key, defect.Title, defect.State == IssueState.Closed ? "closed" : "open",
            defect.Status, Local(defect.CreatedAt), defect.ClosedAt is { } c ? Local(c) : null,
            Local(defect.UpdatedAt), defect.Type, defect.Priority, defect.Component, defect.Assignee,
            defect.Milestone, string.Join(", ", defect.Labels),
        };
        row.AddRange(_taxonomy.Dimensions.Select(d => (object?)classification[d.Id].Text));
        row.Add(string.Join(", ", classification.ConflictingDimensions));
        row.Add(defect.Url);
        _rows.Add([.. row]);
    }

    /// <summary>The finished sheet.</summary>
    public Sheet Build()
    {
        string[] fixedColumns = _japanese
            ? ["ソース", "キー", "タイトル", "状態", "ステータス", "作成日時", "クローズ日時",
               "更新日時", "種別", "優先度", "コンポーネント欄", "担当者",
               "マイルストーン", "ラベル"]
            : ["source", "key", "title", "state", "status", "created", "closed", "updated", "type", "priority",
               "component_field", "assignee", "milestone", "labels"];
        var header = fixedColumns
            .Concat(_taxonomy.Dimensions.Select(d => _japanese ? d.NameJa : d.Id))
            .Append(_japanese ? "競合" : "conflicts")
            .Append("url")
            .ToList();
        return new Sheet("defects", header, _rows);
    }

    private DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _timeZone).DateTime;
}
