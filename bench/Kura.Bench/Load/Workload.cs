using System.Globalization;

namespace Kura.Bench.Load;

/// <summary>What one load cell does over and over: PUT or GET objects of one size.</summary>
internal sealed record Workload(bool IsPut, long Size)
{
    /// <summary>The largest size, whose PUTs are measured against the disk's own rate.</summary>
    public const long LargeSize = 64 * 1024 * 1024;

    /// <summary>The sizes the benchmark uses.</summary>
    public static readonly long[] Sizes = [4 * 1024, 1024 * 1024, LargeSize];

    /// <summary>"4 KiB PUT", "64 MiB GET".</summary>
    public string Label => $"{SizeLabel(Size)} {(IsPut ? "PUT" : "GET")}";

    /// <summary>
    /// The key an operation uses. Each PUT worker overwrites its own key, so servers that keep
    /// objects in memory (moto) hold one object per connection rather than one per request.
    /// GETs all read one object per size, which is also the file name nginx serves.
    /// </summary>
    public string KeyFor(int worker) => IsPut ? $"put-{Size}-{worker}" : ReadKey(Size);

    /// <summary>The key (and nginx file name) of the object GETs read.</summary>
    public static string ReadKey(long size) => $"get-{size}.bin";

    /// <summary>Bytes as KiB/MiB/GiB with no decimals.</summary>
    public static string SizeLabel(long size) => size switch
    {
        >= 1L << 30 => string.Create(CultureInfo.InvariantCulture, $"{size >> 30} GiB"),
        >= 1L << 20 => string.Create(CultureInfo.InvariantCulture, $"{size >> 20} MiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{size >> 10} KiB"),
    };
}
