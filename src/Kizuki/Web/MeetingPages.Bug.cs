using System.Text;
using Kizuki.Model;
using Kizuki.Taxonomy;

namespace Kizuki.Web;

/// <content>One bug at a time: its text and link on the left, the dimensions on the right.</content>
internal static partial class MeetingPages
{
    private const int BodyLimit = 20_000;

    /// <summary>The page for one bug of the agenda.</summary>
    public static string Bug(
        Texts t,
        Meeting meeting,
        IReadOnlyList<long> agenda,
        Defect defect,
        IReadOnlyList<(Dimension Dimension, string[] Values, IReadOnlyList<string> Choices)> dimensions,
        KizukiWeb web)
    {
        var position = agenda.ToList().IndexOf(defect.Id);
        var previous = position > 0 ? agenda[position - 1] : (long?)null;
        var next = position >= 0 && position + 1 < agenda.Count ? agenda[position + 1] : (long?)null;
        var html = new StringBuilder($"<div data-meeting=\"{meeting.Id}\" data-defect=\"{defect.Id}\">")
            .Append(Heading(t, meeting, agenda.Count, web)).Append("<div class=\"nav-row\">")
            .Append(NavLink(meeting, previous, "previous", "← " + t["meeting.previous"]))
            .Append($"<span id=\"position\""
                + $">{Html.Text(Format(t["meeting.position"], position + 1, agenda.Count))}</span>")
            .Append(NavLink(meeting, next, "next", t["meeting.next"] + " →"))
            .Append($"<a class=\"button\" data-nav=\"list\" "
                + $"href=\"/meeting/{meeting.Id}/list\">{Html.Text(t["meeting.list"])}</a>")
            .Append(EndButton(t, meeting)).Append("</div>")
            .Append($"<p class=\"keys\">{Html.Text(t["meeting.keys"])}</p><div class=\"meeting\">");

        html.Append("<article class=\"issue\">")
            .Append($"<h2 id=\"issue-title\">{Html.Text(defect.Key)} · {Html.Text(defect.Title)}</h2>")
            .Append($"<p class=\"muted\">{Html.Text(defect.Source)} ·"
                + $" {(defect.State == IssueState.Closed ? "closed" : "open")}")
            .Append($" · {Html.Text(web.Local(defect.CreatedAt))}");
        if (Uri.TryCreate(defect.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            html.Append($" · <a href=\"{Html.Text(url.ToString())}\" target=\"_blank\" rel=\"noopener "
                + $"noreferrer\" id=\"issue-link\">")
                .Append($"{Html.Text(t["meeting.open_in_tracker"])} ↗</a>");
        }

        html.Append("</p><p>");
        foreach (var label in defect.Labels)
        {
            html.Append($"<span class=\"label-chip\">{Html.Text(label)}</span>");
        }

        var body = defect.Body is not { Length: > 0 } b ? t["meeting.body_empty"]
            : b.Length > BodyLimit ? b[..BodyLimit] + " …"
            : b;
        html.Append($"</p><div class=\"body\" id=\"issue-body\">{Html.Text(body)}</div></article>");

        html.Append("<aside class=\"dimensions\">");
        var active = dimensions.Select((d, i) => (d, i)).FirstOrDefault(p => p.d.Values.Length == 0).i;
        var anyMissing = dimensions.Any(d => d.Values.Length == 0);
        for (var i = 0; i < dimensions.Count; i++)
        {
            html.Append(DimensionPanel(t, meeting, defect, dimensions[i], anyMissing && i == active));
        }

        if (!anyMissing)
        {
            html.Append($"<p class=\"set\" id=\"all-set\">{Html.Text(t["meeting.done"])}</p>");
        }

        return html.Append("</aside></div></div>").ToString();
    }

    private static string DimensionPanel(
        Texts t,
        Meeting meeting,
        Defect defect,
        (Dimension Dimension, string[] Values, IReadOnlyList<string> Choices) entry,
        bool active)
    {
        var (dimension, values, choices) = entry;
        var html = new StringBuilder($"<div class=\"dimension{(active ? " active" : string.Empty)}\" "
            + $"data-dimension=\"{dimension.Id}\">")
            .Append($"<h3>{Html.Text(t.Dimension(dimension))}</h3>");
        if (values.Length > 0)
        {
            html.Append($"<p class=\"set\">{Html.Text(string.Join(" | ", values))}</p>");
            if (!dimension.Multiple)
            {
                return html.Append("</div>").ToString();
            }
        }

        html.Append($"<form method=\"post\" action=\"/meeting/{meeting.Id}/decide\">")
            .Append($"<input type=\"hidden\" name=\"defect\" value=\"{defect.Id}\">")
            .Append($"<input type=\"hidden\" name=\"dimension\" value=\"{Html.Text(dimension.Id)}\">");
        for (var c = 0; c < choices.Count; c++)
        {
            html.Append($"<button class=\"choice\" type=\"submit\" name=\"value\" value=\"{Html.Text(choices[c])}\" ")
                .Append($"data-key=\"{c + 1}\"><kbd>{c + 1}</kbd>{Html.Text(choices[c])}</button>");
        }

        return html.Append("</form>")
            .Append($"<form method=\"post\" action=\"/meeting/{meeting.Id}/decide\" class=\"other\">")
            .Append($"<input type=\"hidden\" name=\"defect\" value=\"{defect.Id}\">")
            .Append($"<input type=\"hidden\" name=\"dimension\" value=\"{Html.Text(dimension.Id)}\">")
            .Append($"<input name=\"value\" placeholder=\"{Html.Text(t["meeting.other"])} (o)\" maxlength=\"100\"> ")
            .Append($"<button type=\"submit\">{Html.Text(t["meeting.set"])}</button></form></div>")
            .ToString();
    }

    private static string NavLink(Meeting meeting, long? target, string nav, string text) => target is { } id
        ? $"<a class=\"button\" data-nav=\"{nav}\" href=\"/meeting/{meeting.Id}/bug/{id}\">{Html.Text(text)}</a>"
        : $"<span class=\"muted\">{Html.Text(text)}</span>";
}
