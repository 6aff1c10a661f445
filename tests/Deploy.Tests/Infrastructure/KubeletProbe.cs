using System.Diagnostics;
using k8s.Models;

namespace Deploy.Tests.Infrastructure;

/// <summary>
/// Probes a locally started container the way the kubelet does: the startup probe first (until
/// it succeeds or runs out of failures), then the readiness probe every periodSeconds with its
/// timeout, ready after successThreshold successes in a row. The API's defaults apply to
/// fields the manifest leaves out.
/// </summary>
public static class KubeletProbe
{
    /// <summary>Waits until the container is ready; returns how long that took.</summary>
    /// <exception cref="TimeoutException">
    /// Not ready within <paramref name="readinessBudget"/>, the startup probe failed, or the process exited.
    /// </exception>
    public static async Task<TimeSpan> WaitUntilReadyAsync(
        V1Container container,
        PodLaunch launch,
        RunningProcess process,
        TimeSpan readinessBudget)
    {
        var clock = Stopwatch.StartNew();
        if (container.StartupProbe is { } startup)
        {
            var allowed = startup.FailureThreshold ?? 3;
            await RunAsync(startup, container, launch, process, (_, failures) => failures < allowed, "startup");
        }

        var readiness = container.ReadinessProbe
            ?? throw new InvalidOperationException($"Container {container.Name} has no readiness probe.");
        var deadline = clock.Elapsed + readinessBudget;
        await RunAsync(readiness, container, launch, process, (_, _) => clock.Elapsed < deadline, "readiness");
        return clock.Elapsed;
    }

    /// <summary>One HTTP probe attempt, as the kubelet judges it: 200 to 399 within the timeout.</summary>
    public static async Task<bool> TryOnceAsync(V1Probe probe, V1Container container, PodLaunch launch)
    {
        var get = probe.HttpGet ?? throw new NotSupportedException("Only httpGet probes are run locally.");
        var port = launch.LocalPort(ContainerPorts.Resolve(container, get.Port));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(probe.TimeoutSeconds ?? 1) };
        try
        {
            using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}{get.Path}"));
            return (int)response.StatusCode is >= 200 and < 400;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private static async Task RunAsync(
        V1Probe probe,
        V1Container container,
        PodLaunch launch,
        RunningProcess process,
        Func<int, int, bool> keepTrying,
        string kind)
    {
        await Task.Delay(TimeSpan.FromSeconds(probe.InitialDelaySeconds ?? 0));
        var needed = probe.SuccessThreshold ?? 1;
        var (successes, failures, attempts) = (0, 0, 0);
        while (successes < needed)
        {
            if (process.HasExited)
            {
                throw new TimeoutException($"{container.Name} exited during its {kind} probe:\n{process.Output}");
            }

            attempts++;
            (successes, failures) = await TryOnceAsync(probe, container, launch)
                ? (successes + 1, failures)
                : (0, failures + 1);
            if (successes >= needed)
            {
                return;
            }

            if (!keepTrying(attempts, failures))
            {
                throw new TimeoutException(
                    $"{container.Name}: {kind} probe failed {failures} times:\n{process.Output}");
            }

            await Task.Delay(TimeSpan.FromSeconds(probe.PeriodSeconds ?? 10));
        }
    }
}
