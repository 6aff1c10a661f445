using System.Text;

namespace Kura.Auth.Signing;

/// <summary>
/// Percent-encoding as SigV4 defines it: every byte except A-Z a-z 0-9 - . _ ~ is %XX with upper
/// case hex; '/' is kept in paths.
/// </summary>
internal static class UriEncoding
{
    private const string HexUpper = "0123456789ABCDEF";

    public static string Encode(ReadOnlySpan<byte> bytes, bool keepSlash)
    {
        var builder = new StringBuilder(bytes.Length + 16);
        foreach (var b in bytes)
        {
            if (IsUnreserved(b) || (keepSlash && b == '/'))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(HexUpper[b >> 4]).Append(HexUpper[b & 0xF]);
            }
        }

        return builder.ToString();
    }

    public static string Encode(string text, bool keepSlash) => Encode(Encoding.UTF8.GetBytes(text), keepSlash);

    /// <summary>Decodes %XX escapes to bytes; '+' stays '+', as S3 reads paths and queries.</summary>
    public static byte[] DecodeToBytes(ReadOnlySpan<char> text)
    {
        var bytes = new List<byte>(text.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%' && i + 2 < text.Length
                && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
            {
                bytes.Add((byte)((HexValue(text[i + 1]) << 4) | HexValue(text[i + 2])));
                i += 2;
            }
            else if (c < 0x80)
            {
                bytes.Add((byte)c);
            }
            else
            {
                var count = Encoding.UTF8.GetBytes(text.Slice(i, char.IsHighSurrogate(c) ? 2 : 1), utf8);
                for (var j = 0; j < count; j++)
                {
                    bytes.Add(utf8[j]);
                }

                if (char.IsHighSurrogate(c))
                {
                    i++;
                }
            }
        }

        return [.. bytes];
    }

    /// <summary>Decodes %XX escapes as UTF-8 text.</summary>
    public static string Decode(ReadOnlySpan<char> text) => Encoding.UTF8.GetString(DecodeToBytes(text));

    private static bool IsUnreserved(byte b) =>
        b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9'
            or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~';

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
