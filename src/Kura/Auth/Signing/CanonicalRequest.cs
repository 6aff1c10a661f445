using System.Text;

namespace Kura.Auth.Signing;

/// <summary>Builds the SigV4 canonical request from what arrived on the wire.</summary>
internal static class CanonicalRequest
{
    /// <summary>
    /// The canonical request. <paramref name="rawPath"/> is the path exactly as sent; it is
    /// decoded to bytes and re-encoded, since S3 (unlike other services) signs the path
    /// encoded once and never normalised.
    /// </summary>
    public static string Build(
        HttpRequest request,
        string rawPath,
        string rawQuery,
        IReadOnlyList<string> signedHeaders,
        string payloadHash,
        bool excludeSignatureParameter)
    {
        var builder = new StringBuilder(512);
        builder.Append(request.Method).Append('\n');
        builder.Append(UriEncoding.Encode(UriEncoding.DecodeToBytes(rawPath), keepSlash: true)).Append('\n');
        builder.Append(CanonicalQuery(rawQuery, excludeSignatureParameter)).Append('\n');
        foreach (var name in signedHeaders)
        {
            builder.Append(name).Append(':').Append(HeaderValue(request, name)).Append('\n');
        }

        builder.Append('\n');
        builder.Append(string.Join(';', signedHeaders)).Append('\n');
        builder.Append(payloadHash);
        return builder.ToString();
    }

    /// <summary>Parameters decoded, re-encoded strictly and sorted by name, then value.</summary>
    public static string CanonicalQuery(string rawQuery, bool excludeSignatureParameter)
    {
        var query = rawQuery.StartsWith('?') ? rawQuery[1..] : rawQuery;
        if (query.Length == 0)
        {
            return "";
        }

        var pairs = new List<(string Name, string Value)>();
        foreach (var part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? "" : part[(equals + 1)..];
            if (excludeSignatureParameter && name == "X-Amz-Signature")
            {
                continue;
            }

            pairs.Add((
                UriEncoding.Encode(UriEncoding.DecodeToBytes(name), keepSlash: false),
                UriEncoding.Encode(UriEncoding.DecodeToBytes(value), keepSlash: false)));
        }

        pairs.Sort((a, b) =>
        {
            var byName = string.CompareOrdinal(a.Name, b.Name);
            return byName != 0 ? byName : string.CompareOrdinal(a.Value, b.Value);
        });
        return string.Join('&', pairs.Select(p => p.Name + "=" + p.Value));
    }

    /// <summary>Values joined by commas, trimmed, inner runs of spaces collapsed.</summary>
    private static string HeaderValue(HttpRequest request, string name)
    {
        var values = request.Headers[name];
        var builder = new StringBuilder();
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            var value = (values[i] ?? "").Trim();
            var previousSpace = false;
            foreach (var c in value)
            {
                if (c == ' ')
                {
                    if (!previousSpace)
                    {
                        builder.Append(c);
                    }

                    previousSpace = true;
                }
                else
                {
                    builder.Append(c);
                    previousSpace = false;
                }
            }
        }

        return builder.ToString();
    }
}
