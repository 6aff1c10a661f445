using System.Threading.Channels;

namespace Kura.Console;

/// <summary>
/// The latest S3 requests, kept in a bounded ring for the console's inspector and pushed to
/// every open stream. A slow viewer loses its oldest unsent events rather than slowing S3.
/// </summary>
internal sealed class RequestInspector
{
    public const int Capacity = 2000;

    private readonly Queue<RequestRecord> _recent = new(Capacity);
    private readonly List<Channel<RequestRecord>> _listeners = [];
    private readonly Lock _lock = new();

    public void Record(RequestRecord record)
    {
        lock (_lock)
        {
            if (_recent.Count == Capacity)
            {
                _recent.Dequeue();
            }

            _recent.Enqueue(record);
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(record);
            }
        }
    }

    public IReadOnlyList<RequestRecord> Recent(int limit)
    {
        lock (_lock)
        {
            return _recent.Skip(Math.Max(0, _recent.Count - limit)).ToList();
        }
    }

    /// <summary>A stream of requests from now on; dispose the subscription to stop it.</summary>
    public Subscription Subscribe()
    {
        var channel = Channel.CreateBounded<RequestRecord>(new BoundedChannelOptions(500)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (_lock)
        {
            _listeners.Add(channel);
        }

        return new Subscription(this, channel);
    }

    /// <summary>One open inspector stream.</summary>
    public sealed class Subscription(RequestInspector owner, Channel<RequestRecord> channel) : IDisposable
    {
        public ChannelReader<RequestRecord> Reader => channel.Reader;

        public void Dispose()
        {
            lock (owner._lock)
            {
                owner._listeners.Remove(channel);
            }
        }
    }
}
