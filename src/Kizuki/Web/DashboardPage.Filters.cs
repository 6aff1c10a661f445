using System.Text;
using Kizuki.Analysis;

namespace Kizuki.Web;

/// <content>The filter form.</content>
internal static partial class DashboardPage
{
    private static string Filters(Texts t, DefectIndex index, DashboardQuery query, DashboardFigures f)
    {
        var html = new StringBuilder("<form class=\"filters\" method=\"get\" action=\"/\">");
        html.Append($"<label>{Html.Text(t["filter.source"])}<select name=\"source\">")
            .Append(Option(string.Empty, t["filter.all_sources"], query.Source is null));
        foreach (var source in index.Sources.Order(StringComparer.Ordinal))
        {
            html.Append(Option(source, source, source == query.Source));
        }

        html.Append("</select></label>")
            .Append($"<label>{Html.Text(t["filter.from"])}<input type=\"date\" name=\"from\" "
                + $"value=\"{Html.Day(f.From)}\"></label>")
            .Append($"<label>{Html.Text(t["filter.to"])}<input type=\"date\" name=\"to\" "
                + $"value=\"{Html.Day(f.To)}\"></label>")
            .Append($"<label>{Html.Text(t["filter.granularity"])}<select name=\"per\">");
        foreach (var per in Enum.GetValues<Granularity>())
        {
            var id = per.ToString().ToLowerInvariant();
            html.Append(Option(id, t["filter." + id], per == query.Granularity));
        }

        html.Append($"</select></label><label>{Html.Text(t["filter.breakdown"])}<select name=\"dimension\">");
        foreach (var dimension in index.Dimensions)
        {
            html.Append(Option(dimension.Id, t.Dimension(dimension), dimension.Id == query.Dimension));
        }

        html.Append($"</select></label><label>{Html.Text(t["filter.only"])}<select name=\"filter\">")
            .Append(Option(string.Empty, "—", query.FilterValue is null));
        foreach (var dimension in index.Dimensions)
        {
            var values = index.Classes.SelectMany(c => c.Values[index.DimensionIndex(dimension.Id)])
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(40);
            foreach (var value in values)
            {
                var selected = query.FilterDimension == dimension.Id && query.FilterValue == value;
                html.Append(Option(dimension.Id + ":" + value, t.Dimension(dimension) + ": " + value, selected));
            }
        }

        return html.Append("</select></label>")
            .Append($"<label class=\"check\"><span><input type=\"checkbox\" name=\"all\" value=\"1\"")
            .Append(query.AllIssues ? " checked" : string.Empty).Append($"> {Html.Text(t["filter.all_issues"])}<"
                + $"/span></label>")
            .Append($"<button type=\"submit\">{Html.Text(t["filter.apply"])}</button></form>")
            .ToString();
    }

    private static string Option(string value, string label, bool selected) =>
        $"<option value=\"{Html.Text(value)}\"{(selected ? " selected" : string.Empty)}>{Html.Text(label)}</option>";
}
