using System.Reflection;
using System.Text;

namespace Kizuki.Web;

/// <summary>The page shell: head, navigation, language switch; and the embedded CSS and JS.</summary>
internal static class Layout
{
    /// <summary>The stylesheet, also inlined into the downloadable report.</summary>
    public static readonly string Css = Resource("kizuki.css");

    /// <summary>The script: PNG downloads, keyboard shortcuts.</summary>
    public static readonly string Script = Resource("kizuki.js");

    /// <summary>A whole page around <paramref name="body"/> (already escaped HTML).</summary>
    public static string Page(HttpContext context, Texts t, string title, string active, string body)
    {
        var path = context.Request.Path.Value ?? "/";
        var query = string.Join('&', context.Request.Query.Where(q => q.Key != "lang")
            .Select(q => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(q.Value.ToString())));
        string Switch(string lang, string label) => lang == t.Language
            ? $"<strong>{label}</strong>"
            : $"<a href=\"{Html.Text(path + "?" + (query.Length > 0 ? query + "&" : string.Empty) + "lang=" + lang)}\" "
                + $"hreflang=\"{lang}\" data-lang=\"{lang}\">{label}</a>";
        string Nav(string href, string key) =>
            $"<a href=\"{href}\"{(key == active ? " class=\"active\" aria-current=\"page\"" : string.Empty)}>"
            + $"{Html.Text(t["nav." + key])}</a>";

        return new StringBuilder()
            .Append($"<!DOCTYPE html><html lang=\"{t.Language}\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append($"<title>{Html.Text(title)} · Kizuki</title>")
            .Append("<link rel=\"stylesheet\" href=\"/static/kizuki.css\">")
            .Append("<script src=\"/static/kizuki.js\" defer></script></head><body>")
            .Append("<header><span class=\"brand\">Kizuki</span><nav>")
            .Append(Nav("/", "dashboard")).Append(Nav("/meeting", "meeting")).Append(Nav("/report", "report"))
            .Append("</nav><span class=\"lang\">").Append(Switch("ja", "日本語")).Append(" | ")
            .Append(Switch("en", "English")).Append("</span></header>")
            .Append($"<main><h1>{Html.Text(title)}</h1>").Append(body).Append("</main></body></html>")
            .ToString();
    }

    /// <summary>A chart with its table beside it, a PNG button and a CSV link.</summary>
    public static string Figure(Texts t, string id, string title, string svg, string table, string? csvUrl) =>
        $"<section class=\"figure\" id=\"{id}\" data-figure=\"{id}\"><h2>{Html.Text(title)}</h2>"
        + "<div class=\"figure-body\"><div class=\"chart\">" + svg + "</div>"
        + "<div class=\"table-box\">" + table + "</div></div><div class=\"downloads\">"
        + $"<button type=\"button\" data-png=\"{id}\">{t["png"]}</button>"
        + (csvUrl is null ? string.Empty : $"<a href=\"{Html.Text(csvUrl)}\" download>{t["csv"]}</a>")
        + "</div></section>";

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Kizuki.Web.Static." + name)
            ?? throw new InvalidOperationException($"embedded resource {name} missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
