using System.Globalization;
using System.Text;
using System.Xml;

namespace Kura.Protocol.Xml;

/// <summary>
/// Writes S3's XML responses. The document is built in a pooled buffer and sent with a
/// Content-Length; listing pages are bounded (1,000 entries), so this stays small.
/// </summary>
internal static class XmlOutput
{
    public const string Namespace = "http://s3.amazonaws.com/doc/2006-03-01/";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = false,
        Async = false,
    };

    /// <summary>Writes a whole XML document as the response body.</summary>
    public static async Task WriteAsync(
        HttpResponse response,
        int status,
        string root,
        Action<XmlWriter> body,
        bool withNamespace = true)
    {
        using var buffer = new MemoryStream(4096);
        using (var writer = XmlWriter.Create(buffer, Settings))
        {
            writer.WriteStartDocument();
            if (withNamespace)
            {
                writer.WriteStartElement(root, Namespace);
            }
            else
            {
                writer.WriteStartElement(root);
            }

            body(writer);
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        response.StatusCode = status;
        response.ContentType = "application/xml";
        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body, response.HttpContext.RequestAborted);
    }

    public static void Element(this XmlWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteElementString(name, value);
        }
    }

    public static void Element(this XmlWriter writer, string name, long value) =>
        writer.WriteElementString(name, value.ToString(CultureInfo.InvariantCulture));

    public static void Element(this XmlWriter writer, string name, bool value) =>
        writer.WriteElementString(name, value ? "true" : "false");

    public static void Element(this XmlWriter writer, string name, DateTimeOffset value) =>
        writer.WriteElementString(name, FormatTime(value));

    /// <summary>An Owner-shaped element (Owner, Initiator): Kura's owner id is the access key.</summary>
    public static void Owner(this XmlWriter writer, string owner, string element = "Owner")
    {
        writer.WriteStartElement(element);
        writer.Element("ID", owner);
        writer.Element("DisplayName", owner);
        writer.WriteEndElement();
    }

    /// <summary>ISO 8601 with milliseconds, as S3 writes times in XML.</summary>
    public static string FormatTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
