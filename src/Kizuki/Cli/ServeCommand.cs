using Kizuki.Hosting;
using Spectre.Console;

namespace Kizuki.Cli;

/// <summary>
/// <c>kizuki serve</c>: runs as a service, syncing and exporting on the configured cron
/// schedule, with <c>/healthz</c> for probes.
/// </summary>
internal sealed class ServeCommand
{
    private readonly IAnsiConsole _console;
    private readonly KizukiSettings _settings;

    /// <summary>A command with <paramref name="settings"/>; jobs print to <paramref name="console"/>.</summary>
    public ServeCommand(IAnsiConsole console, KizukiSettings settings)
    {
        _console = console;
        _settings = settings;
    }

    /// <summary>Runs until <paramref name="cancellationToken"/> fires (Ctrl+C or SIGTERM).</summary>
    public async Task<int> RunAsync(string urls, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss'Z' ";
            options.UseUtcTimestamp = true;
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IReadOnlyList<ScheduledJob>>(services => Jobs(services));
        builder.Services.AddHostedService<ScheduleService>();
        await using var app = builder.Build();
        app.MapGet("/healthz", () => Results.Text("ok"));
        await app.RunAsync(cancellationToken);
        return 0;
    }

    private List<ScheduledJob> Jobs(IServiceProvider services)
    {
        var loggers = services.GetRequiredService<ILoggerFactory>();
        var zone = _settings.Zone();
        var jobs = new List<ScheduledJob>();
        if (!string.IsNullOrWhiteSpace(_settings.Schedule.Sync))
        {
            jobs.Add(new ScheduledJob("sync", _settings.Schedule.Sync, zone, async token =>
            {
                using var http = new HttpClient();
                await new SyncCommand(_console, _settings, loggers, http).RunAsync(token);
            }));
        }

        if (!string.IsNullOrWhiteSpace(_settings.Schedule.Export))
        {
            jobs.Add(new ScheduledJob("export", _settings.Schedule.Export, zone,
                token => new ExportCommand(_console, _settings, loggers).RunAsync(null, upload: true, token)));
        }

        return jobs;
    }
}
