using Kizuki.Hosting;
using Kizuki.Sources;
using Kizuki.Store;
using Kizuki.Taxonomy;
using Kizuki.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Spectre.Console;

namespace Kizuki.Cli;

/// <summary>
/// <c>kizuki serve</c>: the dashboard, the classification meeting and the trend report on the
/// web, syncing and exporting on the configured cron schedule, with <c>/healthz</c> for probes.
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

    /// <summary>When false, the cron jobs are not started (tests and benchmarks serve pages only).</summary>
    public bool RunSchedule { get; init; } = true;

    /// <summary>Runs until <paramref name="cancellationToken"/> fires (Ctrl+C or SIGTERM).</summary>
    public async Task<int> RunAsync(string urls, CancellationToken cancellationToken)
    {
        await using var host = await StartAsync(urls, cancellationToken);
        await host.App.WaitForShutdownAsync(cancellationToken);
        return 0;
    }

    /// <summary>
    /// Opens the store, starts the web server on <paramref name="urls"/> and returns it running;
    /// disposing the result stops the server and closes the store.
    /// </summary>
    public async Task<ServeHost> StartAsync(string urls, CancellationToken cancellationToken)
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

        // One line per request would drown the job logs; failures still show at Warning.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IReadOnlyList<ScheduledJob>>(services => RunSchedule ? Jobs(services) : []);
        builder.Services.AddHostedService<ScheduleService>();
        var app = builder.Build();
        var loggers = app.Services.GetRequiredService<ILoggerFactory>();
        IDefectStore? store = null;
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        try
        {
            var taxonomy = TaxonomyLoader.Load(_settings.Taxonomy);
            store = await StoreFactory.OpenAsync(_settings.Store, loggers, cancellationToken);
            var trackers = _settings.Sources.Select(SettingsLoader.Resolve).ToList();
            var writeBack = new TrackerWriteBack(trackers, http, loggers.CreateLogger<TrackerWriteBack>());
            var web = new KizukiWeb(store, taxonomy, _settings.Zone(), writeBack, TimeProvider.System);
            app.MapGet("/healthz", () => Results.Text("ok"));
            WebRoutes.Map(app, web);
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
                .Addresses.First();
            return new ServeHost(app, store, http, new Uri(address.TrimEnd('/') + "/"), web);
        }
        catch
        {
            await app.DisposeAsync();
            if (store is not null)
            {
                await store.DisposeAsync();
            }

            http.Dispose();
            throw;
        }
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
