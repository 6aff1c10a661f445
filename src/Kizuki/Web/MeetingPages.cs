using System.Globalization;
using System.Text;
using Kizuki.Model;

namespace Kizuki.Web;

/// <summary>The meeting's start page and list view.</summary>
internal static partial class MeetingPages
{
    /// <summary>The start form and the past meetings.</summary>
    public static string Start(Texts t, IReadOnlyList<Meeting> meetings, string who, KizukiWeb web)
    {
        var html = new StringBuilder("<form class=\"filters\" method=\"post\" action=\"/meeting/start\">")
            .Append($"<label>{Html.Text(t["meeting.who"])}<input name=\"who\" required "
                + $"value=\"{Html.Text(who)}\"></label>")
            .Append($"<button type=\"submit\" id=\"start-meeting\">{Html.Text(t["meeting.start"])}</button></form>")
            .Append($"<section class=\"figure\"><h2>{Html.Text(t["meeting.past"])}</h2><ul>");
        foreach (var meeting in meetings)
        {
            html.Append($"<li><a href=\"/meeting/{meeting.Id}\">#{meeting.Id}</a> ")
                .Append(Html.Text(Format(t["meeting.started"], web.Local(meeting.StartedAt), meeting.StartedBy)))
                .Append(meeting.EndedAt is { } ended
                    ? $", {Html.Text(Format(t["meeting.ended"], web.Local(ended)))} · <a "
                        + $"href=\"/meeting/{meeting.Id}/summary\">{Html.Text(t["meeting.summary"])}</a>"
                    : string.Empty)
                .Append("</li>");
        }

        return html.Append("</ul></section>").ToString();
    }

    /// <summary>The agenda as a table; each row opens that bug.</summary>
    public static string List(
        Texts t,
        Meeting meeting,
        IReadOnlyList<long> agenda,
        IReadOnlyList<Defect> shown,
        IReadOnlyDictionary<long, string> missing,
        KizukiWeb web)
    {
        var html = new StringBuilder("<div data-meeting>").Append(Heading(t, meeting, agenda.Count, web))
            .Append("<div class=\"nav-row\">")
            .Append(agenda.Count > 0 ? $"<a class=\"button\" data-nav=\"next\" "
                + $"href=\"/meeting/{meeting.Id}/bug/{agenda[0]}\">{Html.Text(t["meeting.one"])}</a>" : string.Empty)
            .Append(EndButton(t, meeting)).Append("</div>");
        if (agenda.Count == 0)
        {
            return html.Append($"<p>{Html.Text(t["meeting.empty"])}</p></div>").ToString();
        }

        html.Append("<section class=\"figure\"><table data-table=\"agenda\"><thead><tr><th>#</th>")
            .Append($"<th>{Html.Text(t["meeting.bug_col"])}</th><th>{Html.Text(t["meeting.missing"])}</th></tr>"
                + $"</thead><tbody>");
        var byId = shown.ToDictionary(d => d.Id);
        foreach (var (id, position) in agenda.Take(shown.Count).Select((id, i) => (id, i + 1)))
        {
            if (byId.TryGetValue(id, out var defect))
            {
                html.Append($"<tr><td>{position}</td><td><a href=\"/meeting/{meeting.Id}/bug/{id}\">")
                    .Append($"{Html.Text(defect.Key)} {Html.Text(defect.Title)}</a></td>")
                    .Append($"<td>{Html.Text(missing.GetValueOrDefault(id))}</td></tr>");
            }
        }

        return html.Append("</tbody></table></section></div>").ToString();
    }

    private static string Heading(Texts t, Meeting meeting, int count, KizukiWeb web) =>
        "<p class=\"muted\">" + Html.Text(meeting.Since is { } since
            ? Format(t["meeting.agenda"], web.Local(since))
            : t["meeting.agenda_all"]) + $" — {Html.Count(count)}</p>";

    private static string EndButton(Texts t, Meeting meeting) =>
        $"<form method=\"post\" action=\"/meeting/{meeting.Id}/end\">"
        + $"<button type=\"submit\" data-nav=\"end\">{Html.Text(t["meeting.end"])}</button></form>";

    private static string Format(string template, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);
}
