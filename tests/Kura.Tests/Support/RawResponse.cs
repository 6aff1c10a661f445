using System.Net;
using System.Text;
using System.Xml.Linq;

namespace Kura.Tests.Support;

/// <summary>A response read to its end: status, all headers and the body bytes.</summary>
public sealed class RawResponse
{
    /// <summary>Copies what the tests look at out of the live response.</summary>
    public RawResponse(HttpResponseMessage response, byte[] body)
    {
        Status = response.StatusCode;
        Body = body;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            Headers[name.ToLowerInvariant()] = string.Join(",", values);
        }
    }

    /// <summary>HTTP status.</summary>
    public HttpStatusCode Status { get; }

    /// <summary>Response headers by lowercase name.</summary>
    public Dictionary<string, string> Headers { get; } = [];

    /// <summary>Body bytes; empty when there was none.</summary>
    public byte[] Body { get; }

    /// <summary>Body as UTF-8 text.</summary>
    public string Text => Encoding.UTF8.GetString(Body);

    /// <summary>The Code of an S3 XML error body, or null when the body is not one.</summary>
    public string? ErrorCode => Xml()?.Root is { Name.LocalName: "Error" } root
        ? root.Elements().FirstOrDefault(e => e.Name.LocalName == "Code")?.Value
        : null;

    /// <summary>A header value, or null.</summary>
    public string? Header(string name) => Headers.GetValueOrDefault(name.ToLowerInvariant());

    /// <summary>The body parsed as XML, or null when it is not XML.</summary>
    public XDocument? Xml()
    {
        if (Body.Length == 0)
        {
            return null;
        }

        try
        {
            return XDocument.Parse(Text);
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }

    /// <summary>Values of every element with the local name, in document order.</summary>
    public List<string> Values(string localName) =>
        Xml()?.Descendants()
            .Where(e => e.Name.LocalName == localName)
            .Select(e => e.Value)
            .ToList() ?? [];

    /// <summary>Status and body, for assertion messages.</summary>
    public override string ToString()
    {
        var printable = Body.Length < 4096 && !Body.Any(b => b < 9);
        return $"{(int)Status} {Status}\n" + (printable ? Text : $"({Body.Length} bytes)");
    }
}
