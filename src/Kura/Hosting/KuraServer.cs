using Kura.Auth;
using Kura.Console;
using Kura.Protocol;
using Kura.Storage;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Kura.Hosting;

/// <summary>Builds the web host: Kestrel, logging, the storage engine and the request pipeline.</summary>
internal static class KuraServer
{
    public static WebApplication Build(KuraOptions options)
    {
        // No appsettings.json is read, so nothing needs watching; the watcher's inotify events
        // for every file written under the working folder (a log, a data folder) cost CPU.
        var builder = WebApplication.CreateSlimBuilder(
            new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        ConfigureLogging(builder.Logging, options);

        // Receive straight into a buffer instead of first waiting with a zero-byte read: one
        // system call per receive instead of two, which an upload makes thousands of times.
        builder.WebHost.UseSockets(sockets => sockets.WaitForDataBeforeAllocatingBuffer = false);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.Limits.MaxRequestHeadersTotalSize = 64 * 1024;
            kestrel.Limits.MaxResponseBufferSize = 1024 * 1024;

            // Non-ASCII metadata arrives as UTF-8 (which is also what SigV4 signs); sending it
            // back as UTF-8 returns the very bytes the client sent.
            kestrel.RequestHeaderEncodingSelector = _ => System.Text.Encoding.UTF8;
            kestrel.ResponseHeaderEncodingSelector = _ => System.Text.Encoding.UTF8;
            Listen(kestrel, options.Address);
            if (options.ConsoleAddress is { } console)
            {
                Listen(kestrel, console);
            }
        });

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => StorageEngine.Open(
            options.DataDirectory, services.GetRequiredService<ILoggerFactory>().CreateLogger("Kura.Storage")));
        builder.Services.AddSingleton(services =>
            new KeyStore(options.RootKey, services.GetRequiredService<StorageEngine>()));
        builder.Services.AddSingleton<ICredentialStore>(services => services.GetRequiredService<KeyStore>());
        builder.Services.AddSingleton<SignatureVerifier>();
        builder.Services.AddSingleton<Readiness>();
        builder.Services.AddSingleton<SystemEndpoints>();
        builder.Services.AddSingleton<S3Endpoint>();
        builder.Services.AddSingleton<RequestInspector>();
        builder.Services.AddSingleton<ConsoleSessions>();
        builder.Services.AddHostedService<StartupBuckets>();
        builder.Services.AddHostedService<GarbageCollector>();

        var app = builder.Build();
        if (options.ConsoleAddress is { } consoleAddress)
        {
            app.MapWhen(context => context.Connection.LocalPort == consoleAddress.Port, ConsoleApp.Configure);
        }

        var system = app.Services.GetRequiredService<SystemEndpoints>();
        var s3 = app.Services.GetRequiredService<S3Endpoint>();
        app.Run(async context =>
        {
            if (!await system.TryHandleAsync(context))
            {
                await s3.HandleAsync(context);
            }
        });

        return app;
    }

    private static void Listen(KestrelServerOptions kestrel, ListenAddress address)
    {
        if (address.Host is null)
        {
            kestrel.ListenAnyIP(address.Port, listen => listen.Protocols = HttpProtocols.Http1);
        }
        else
        {
            kestrel.Listen(address.Host, address.Port, listen => listen.Protocols = HttpProtocols.Http1);
        }
    }

    private static void ConfigureLogging(ILoggingBuilder logging, KuraOptions options)
    {
        logging.ClearProviders();
        if (options.JsonLogs)
        {
            logging.AddJsonConsole(json =>
            {
                json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                json.UseUtcTimestamp = true;
            });
        }
        else
        {
            logging.AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
                console.UseUtcTimestamp = true;
            });
        }

        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        // Enabled at any level, this category makes the host start an Activity and a logging
        // scope for every request, which nothing here reads.
        logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);

        // A failed start (a port in use) is reported once, as one line, by Program.
        logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.Critical);
    }
}
