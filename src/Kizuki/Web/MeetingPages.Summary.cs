using System.Text;
using Kizuki.Model;

namespace Kizuki.Web;

/// <content>The summary at the end of a meeting.</content>
internal static partial class MeetingPages
{
    /// <summary>
    /// Counts, the bugs still lacking a dimension, and every decision with who, when and the
    /// tracker's answer.
    /// </summary>
    public static string Summary(
        Texts t,
        Meeting meeting,
        IReadOnlyList<Decision> decisions,
        int completed,
        IReadOnlyList<Defect> stillOpen,
        int stillOpenCount,
        IReadOnlyDictionary<long, Defect> decided,
        KizukiWeb web)
    {
        string Kpi(string id, string key, long value) =>
            $"<div class=\"kpi\"><div class=\"label\">{Html.Text(t[key])}</div><div class=\"value\" "
                + $"id=\"sum-{id}\">{Html.Count(value)}</div></div>";
        var html = new StringBuilder("<p class=\"muted\">")
            .Append(Html.Text(Format(t["meeting.started"], web.Local(meeting.StartedAt), meeting.StartedBy)))
            .Append(meeting.EndedAt is { } ended
                ? ", " + Html.Text(Format(t["meeting.ended"], web.Local(ended)))
                : string.Empty)
            .Append("</p><div class=\"kpis\">")
            .Append(Kpi("decisions", "meeting.decisions", decisions.Count))
            .Append(Kpi("bugs", "meeting.bugs_touched", decisions.Select(d => d.DefectId).Distinct().Count()))
            .Append(Kpi("completed", "meeting.completed", completed))
            .Append(Kpi("still-open", "meeting.still_open", stillOpenCount))
            .Append(Kpi("written", "meeting.written", decisions.Count(d => d.WriteStatus == WriteStatus.Written)))
            .Append(Kpi("failed", "meeting.failed", decisions.Count(d => d.WriteStatus == WriteStatus.Failed)))
            .Append(Kpi("local", "meeting.local", decisions.Count(d => d.WriteStatus == WriteStatus.NotConfigured)))
            .Append("</div>");

        html.Append($"<section class=\"figure\"><h2>{Html.Text(t["meeting.decisions"])}</h2><table "
            + $"data-table=\"decisions\">")
            .Append($"<thead><tr><th>{Html.Text(t["meeting.when_col"])}</th><th>{Html.Text(t["meeting.who_col"])}</th>")
            .Append($"<th>{Html.Text(t["meeting.bug_col"])}</th><th>{Html.Text(t["col.dimension"])}</th>")
            .Append($"<th>{Html.Text(t["col.value"])}</th><th>{Html.Text(t["meeting.status_col"])}</th></tr>"
                + $"</thead><tbody>");
        foreach (var d in decisions)
        {
            var bug = decided.TryGetValue(d.DefectId, out var defect)
                ? defect.Key + " " + defect.Title
                : "#" + d.DefectId;
            var dimension = web.Taxonomy.Dimensions.FirstOrDefault(x => x.Id == d.Dimension);
            html.Append($"<tr><td>{Html.Text(web.Local(d.DecidedAt))}</td><td>{Html.Text(d.DecidedBy)}</td>")
                .Append($"<td>{Html.Text(bug)}</td>"
                    + $"<td>{Html.Text(dimension is null ? d.Dimension : t.Dimension(dimension))}</td>")
                .Append($"<td>{Html.Text(d.Value)}</td><td>{Html.Text(d.WriteStatus)}")
                .Append(d.WriteDetail is null ? string.Empty : $" <span class=\"muted\""
                    + $">{Html.Text(d.WriteDetail)}</span>")
                .Append("</td></tr>");
        }

        html.Append("</tbody></table></section>")
            .Append($"<section class=\"figure\"><h2>{Html.Text(t["meeting.still_open"])}</h2><ul>");
        foreach (var defect in stillOpen)
        {
            html.Append($"<li><a href=\"/meeting/{meeting.Id}/bug/{defect.Id}\">{Html.Text(defect.Key)}"
                + $" {Html.Text(defect.Title)}</a></li>");
        }

        if (stillOpenCount > stillOpen.Count)
        {
            html.Append($"<li class=\"muted\">… +{Html.Count(stillOpenCount - stillOpen.Count)}</li>");
        }

        return html.Append("</ul></section>").ToString();
    }
}
