using System.Diagnostics;
using System.Globalization;

namespace Kura.Bench.Machine;

/// <summary>
/// Measures the durable sequential write rate of the work folder's disk the way Kura's PUT
/// target defines its ceiling: <c>dd if=/dev/zero bs=1M count=1024 conv=fdatasync</c>.
/// </summary>
/// <remarks>
/// On the shared benchmark machine this rate moved between about 320 and 840 MB/s within
/// minutes, so one figure from the start of a run says little about a PUT cell ten minutes
/// later. The run measures it again right before and right after each 64 MiB PUT cell of Kura.
/// </remarks>
internal static class DiskProbe
{
    /// <summary>MB/s (10^6 bytes) of one 1 GiB dd with a final fdatasync in <paramref name="folder"/>.</summary>
    public static async Task<double> FdatasyncMegabytesPerSecondAsync(
        string folder,
        CancellationToken cancel)
    {
        var file = Path.Combine(folder, "dd-probe.bin");
        var info = new ProcessStartInfo("dd")
        {
            ArgumentList = { "if=/dev/zero", $"of={file}", "bs=1M", "count=1024", "conv=fdatasync" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment = { ["LC_ALL"] = "C" },
        };
        try
        {
            using var dd = Process.Start(info) ?? throw new InvalidOperationException("dd did not start");
            var report = await dd.StandardError.ReadToEndAsync(cancel);
            await dd.WaitForExitAsync(cancel);
            if (dd.ExitCode != 0)
            {
                throw new InvalidOperationException($"dd failed ({dd.ExitCode}): {report.Trim()}");
            }

            return Parse(report);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Bytes over seconds from dd's last line, e.g. "1073741824 bytes (1.1 GB, 1.0 GiB) copied,
    /// 3.49 s, 307 MB/s", so that the unit dd picks for its own rate does not matter.
    /// </summary>
    private static double Parse(string report)
    {
        var last = report.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        var words = last.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var bytes = double.Parse(words[0], CultureInfo.InvariantCulture);
        var seconds = double.Parse(words[^4], CultureInfo.InvariantCulture);
        return bytes / seconds / 1e6;
    }
}
