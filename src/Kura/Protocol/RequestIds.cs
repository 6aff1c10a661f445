namespace Kura.Protocol;

/// <summary>
/// Request ids: 16 upper-case hex digits like S3's, a per-process random prefix and a counter, so
/// they are unique across restarts and cheap to make.
/// </summary>
internal static class RequestIds
{
    private static readonly uint Prefix = (uint)Random.Shared.Next();
    private static long _counter;

    public static string Next()
    {
        var sequence = (ulong)Interlocked.Increment(ref _counter);
        return (((ulong)Prefix << 32) ^ sequence).ToString("X16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
