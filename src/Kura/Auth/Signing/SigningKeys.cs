using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Kura.Auth.Signing;

/// <summary>
/// Derives SigV4 signing keys. A key depends only on secret, day, region and service, so it is
/// cached: four HMACs per request would otherwise be a visible share of a small GET.
/// </summary>
internal sealed class SigningKeys
{
    private readonly ConcurrentDictionary<(string Secret, string Date, string Region, string Service), byte[]> _cache =
        new();

    public byte[] Get(string secret, string date, string region, string service)
    {
        if (_cache.Count > 1024)
        {
            _cache.Clear();
        }

        return _cache.GetOrAdd((secret, date, region, service), static k =>
        {
            var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + k.Secret), k.Date);
            key = Hmac(key, k.Region);
            key = Hmac(key, k.Service);
            return Hmac(key, "aws4_request");
        });
    }

    public static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    public static string HexHmac(byte[] key, string data) => Convert.ToHexStringLower(Hmac(key, data));

    public static string HexSha256(string data) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(data)));
}
