using System.Xml;
using System.Xml.Linq;
using Kura.Protocol.Bodies;

namespace Kura.Protocol.Xml;

/// <summary>
/// Reads small XML request bodies (delete lists, part lists, bucket configuration). The size
/// is capped and DTDs refused, so a hostile body can neither exhaust memory nor expand entities.
/// </summary>
internal static class XmlInput
{
    private const int MaxBodyBytes = 2 * 1024 * 1024;

    /// <summary>Reads the request's body, with its payload signature checked, as XML.</summary>
    public static async Task<XElement?> ReadRequestAsync(S3Context context)
    {
        using var body = RequestBody.Open(context);
        return await ReadAsync(body.Stream, context.Aborted);
    }

    /// <summary>Parses the body; null when it is empty. Throws MalformedXML on anything else.</summary>
    public static async Task<XElement?> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                throw new S3Exception(S3Error.MalformedXML, "The XML body is larger than Kura accepts (2 MiB).");
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return null;
        }

        buffer.Position = 0;
        try
        {
            using var reader = XmlReader.Create(buffer, new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
            });
            return XElement.Load(reader);
        }
        catch (XmlException e)
        {
            throw new S3Exception(S3Error.MalformedXML, $"The XML body is not well-formed: {e.Message}");
        }
    }

    /// <summary>Child elements by local name, whatever namespace the client used.</summary>
    public static IEnumerable<XElement> Children(this XElement element, string localName) =>
        element.Elements().Where(e => e.Name.LocalName == localName);

    public static string? ChildValue(this XElement element, string localName) =>
        element.Children(localName).FirstOrDefault()?.Value;
}
