using System.Diagnostics;
using System.Globalization;
using Kizuki.Cli;
using Spectre.Console;

namespace Kizuki.Bench;

/// <summary>
/// Response times of the dashboard and the trend report over a real <c>kizuki serve</c> on
/// 127.0.0.1, after the one-off index build that the first request triggers.
/// </summary>
internal static class WebBench
{
    private static readonly string[] DashboardQueries =
    [
        "/", "/?per=week", "/?per=day&from=2023-01-01&to=2023-12-31", "/?dimension=cause",
        "/?filter=severity:high&dimension=component", "/?all=1&per=month", "/csv/timeline.csv?per=week",
    ];

    private static readonly string[] ReportQueries =
        ["/report?period=2024-Q1", "/report?period=2023-06", "/report?period=2022-Q4", "/report/export.xlsx?peri"
            + "od=2024-Q2"];

    public static async Task RunAsync(string store, int rounds)
    {
        var settings = new KizukiSettings { Store = store };
        await using var host = await new ServeCommand(AnsiConsole.Console, settings) { RunSchedule = false }
            .StartAsync("http://127.0.0.1:0", default);
        using var http = new HttpClient { BaseAddress = host.BaseUrl, Timeout = TimeSpan.FromMinutes(5) };

        var clock = Stopwatch.StartNew();
        (await http.GetAsync("/")).EnsureSuccessStatusCode();
        Report.Line("first dashboard request (builds index)", clock.Elapsed, "one-off after start or a sync");

        await Measure(http, "dashboard", DashboardQueries, rounds, 0.1);
        await Measure(http, "report", ReportQueries, Math.Max(2, rounds / 4), 2);
    }

    private static async Task Measure(HttpClient http, string what, string[] queries, int rounds, double targetSeconds)
    {
        var times = new List<double>();
        foreach (var query in queries)
        {
            (await http.GetAsync(query)).EnsureSuccessStatusCode();
        }

        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in queries)
            {
                var clock = Stopwatch.StartNew();
                using var response = await http.GetAsync(query);
                await response.Content.ReadAsByteArrayAsync();
                response.EnsureSuccessStatusCode();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        double At(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{what + " response (" + times.Count + " requests)",-40} p50 {At(0.5),7:F1} ms  p95 {At(0.95),7:F1} ms  "
            + $"max {times[^1],7:F1} ms  (target p95 < {targetSeconds * 1000:F0} ms)"));
    }
}
