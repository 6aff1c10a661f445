using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Kura.Protocol.Xml;

namespace Kura.Protocol.Cors;

/// <summary>S3's CORSConfiguration XML, both ways.</summary>
internal static class CorsXml
{
    public static CorsConfiguration Parse(XElement? root)
    {
        if (root is null || root.Name.LocalName != "CORSConfiguration")
        {
            throw new S3Exception(S3Error.MalformedXML, "The body must be a CORSConfiguration.");
        }

        var rules = root.Children("CORSRule").Select(rule => new CorsRule
        {
            Id = rule.ChildValue("ID"),
            AllowedOrigins = Values(rule, "AllowedOrigin"),
            AllowedMethods = Values(rule, "AllowedMethod"),
            AllowedHeaders = Values(rule, "AllowedHeader"),
            ExposeHeaders = Values(rule, "ExposeHeader"),
            MaxAgeSeconds = rule.ChildValue("MaxAgeSeconds") is { } age
                ? int.TryParse(age, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                    ? seconds
                    : throw new S3Exception(S3Error.MalformedXML, "MaxAgeSeconds must be a whole number.")
                : null,
        }).ToList();
        return new CorsConfiguration(rules);
    }

    public static void Write(XmlWriter xml, CorsConfiguration configuration)
    {
        foreach (var rule in configuration.Rules)
        {
            xml.WriteStartElement("CORSRule");
            xml.Element("ID", rule.Id);
            Elements(xml, "AllowedHeader", rule.AllowedHeaders);
            Elements(xml, "AllowedMethod", rule.AllowedMethods);
            Elements(xml, "AllowedOrigin", rule.AllowedOrigins);
            Elements(xml, "ExposeHeader", rule.ExposeHeaders);
            if (rule.MaxAgeSeconds is { } age)
            {
                xml.Element("MaxAgeSeconds", age);
            }

            xml.WriteEndElement();
        }
    }

    private static List<string> Values(XElement rule, string name) =>
        rule.Children(name).Select(e => e.Value.Trim()).ToList();

    private static void Elements(XmlWriter xml, string name, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            xml.Element(name, value);
        }
    }
}
