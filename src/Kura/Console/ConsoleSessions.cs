using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Kura.Console;

/// <summary>
/// Signed-in console sessions, in memory: a random 256-bit token in the cookie maps to the
/// access key that signed in. A restart signs everyone out, which is fine for a dev tool.
/// </summary>
internal sealed class ConsoleSessions(TimeProvider time)
{
    public const string CookieName = "kura_session";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    private readonly ConcurrentDictionary<string, (string AccessKey, DateTimeOffset Expires)> _sessions = new();

    public string Start(string accessKey)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=')
            .Replace('+', '-')
            .Replace('/', '_');
        _sessions[token] = (accessKey, time.GetUtcNow() + Lifetime);
        return token;
    }

    /// <summary>The access key of a live session, or null.</summary>
    public string? Find(string? token)
    {
        if (token is null || !_sessions.TryGetValue(token, out var session))
        {
            return null;
        }

        if (session.Expires < time.GetUtcNow())
        {
            _sessions.TryRemove(token, out _);
            return null;
        }

        return session.AccessKey;
    }

    public void End(string? token)
    {
        if (token is not null)
        {
            _sessions.TryRemove(token, out _);
        }
    }
}
