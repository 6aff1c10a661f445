using System.Collections.Concurrent;

namespace Kura.Tests.Crash;

/// <summary>
/// What the uploaders sent and what the server acknowledged, per key. Each key has one writer,
/// so its attempts are in order and the acceptable contents after a crash are known exactly.
/// </summary>
public sealed class UploadLedger
{
    private readonly ConcurrentDictionary<string, KeyHistory> _keys = new();
    private int _acknowledged;

    /// <summary>Acknowledged PUTs so far, over all keys.</summary>
    public int Acknowledged => Volatile.Read(ref _acknowledged);

    /// <summary>Every key that a PUT was attempted for.</summary>
    public ICollection<string> Keys => _keys.Keys;

    /// <summary>Notes an attempt before its request is sent.</summary>
    public void Sent(string key, string sha256) =>
        _keys.GetOrAdd(key, _ => new KeyHistory()).Sent.Add(sha256);

    /// <summary>Notes that the latest attempt for the key was answered 200.</summary>
    public void Acknowledge(string key)
    {
        var history = _keys[key];
        history.LastAcknowledged = history.Sent.Count - 1;
        Interlocked.Increment(ref _acknowledged);
    }

    /// <summary>True when some PUT of the key was acknowledged.</summary>
    public bool WasAcknowledged(string key) => _keys[key].LastAcknowledged >= 0;

    /// <summary>
    /// Contents the key may hold now: the last acknowledged one or any sent after it.
    /// </summary>
    public IReadOnlyList<string> Acceptable(string key)
    {
        var history = _keys[key];
        return history.Sent.Skip(Math.Max(history.LastAcknowledged, 0)).ToList();
    }

    /// <summary>True when the content is one that was ever sent for the key.</summary>
    public bool WasSent(string key, string sha256) =>
        _keys.TryGetValue(key, out var history) && history.Sent.Contains(sha256);

    private sealed class KeyHistory
    {
        public List<string> Sent { get; } = [];

        public int LastAcknowledged { get; set; } = -1;
    }
}
