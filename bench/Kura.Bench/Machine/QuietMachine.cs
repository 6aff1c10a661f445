using System.Diagnostics;
using System.Globalization;

namespace Kura.Bench.Machine;

/// <summary>
/// Waits for the machine to settle before a cell: after a write-heavy cell the kernel is still
/// writing dirty pages back and a peer may still be collecting garbage, and a cell started at
/// once (a 1-connection cell above all) measures that instead of its own target.
/// </summary>
internal static class QuietMachine
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    /// <summary>Busy share of all CPUs, over one window, below which the machine counts as quiet.</summary>
    private const double QuietShare = 0.10;

    /// <summary>Returns once a window was quiet, or after <see cref="MaxWait"/>; false then.</summary>
    public static async Task<bool> WaitAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var previous = CpuTicks.Read();
        while (clock.Elapsed < MaxWait)
        {
            await Task.Delay(Window, cancellationToken);
            var now = CpuTicks.Read();
            var total = now.Total - previous.Total;
            var busy = total - (now.Idle - previous.Idle);
            previous = now;
            if (total > 0 && busy / total < QuietShare)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first line of /proc/stat: ticks of all CPUs, and those idle or waiting for I/O.</summary>
    private readonly record struct CpuTicks(double Total, double Idle)
    {
        public static CpuTicks Read()
        {
            // "cpu  user nice system idle iowait irq softirq steal guest guest_nice"
            var fields = File.ReadLines("/proc/stat").First()
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Skip(1)
                .Take(8)
                .Select(f => double.Parse(f, CultureInfo.InvariantCulture))
                .ToArray();
            return new CpuTicks(fields.Sum(), fields[3] + fields[4]);
        }
    }
}
