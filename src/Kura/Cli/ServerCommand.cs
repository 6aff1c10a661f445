using System.CommandLine;
using Kura.Hosting;
using Kura.Protocol;

namespace Kura.Cli;

/// <summary><c>kura server DIR</c>: serve a folder over S3, like <c>minio server /data</c>.</summary>
internal static class ServerCommand
{
    public static Command Create(Func<string, string?> environment)
    {
        var directory = new Argument<string>("dir") { Description = "The folder to store buckets and objects in." };
        var address = new Option<string>("--address")
        {
            Description = "Where the S3 API listens: host:port or :port for every interface.",
            DefaultValueFactory = _ => environment("KURA_ADDRESS") ?? ":9000",
        };
        var buckets = new Option<string[]>("--bucket")
        {
            Description = "A bucket to create at start if missing (repeatable; also KURA_BUCKETS=a,b).",
            AllowMultipleArgumentsPerToken = true,
        };
        var domain = new Option<string?>("--domain") { Description = "Domain for virtual-host-style requests." };
        var console = new Option<string>("--console-address")
        {
            Description = "Where the web console listens: host:port, :port, or 'off'.",
            DefaultValueFactory = _ => environment("KURA_CONSOLE_ADDRESS") ?? ":9001",
        };
        var json = new Option<bool>("--json-logs") { Description = "Log one JSON object per line." };
        var accessLog = new Option<bool>("--access-log")
        {
            Description = "Log every request (also KURA_ACCESS_LOG=all); by default only failed ones.",
            DefaultValueFactory = _ => environment("KURA_ACCESS_LOG") is "all" or "on",
        };

        var command = new Command("server", "Serve a folder over the S3 API.")
        {
            directory,
            address,
            buckets,
            domain,
            json,
            accessLog,
            console,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = ResolveOptions(
                parse.GetValue(directory)!, parse.GetValue(address)!, parse.GetValue(buckets) ?? [],
                parse.GetValue(domain), parse.GetValue(json), environment) with
            {
                ConsoleAddress = parse.GetValue(console) is "off" or ""
                    ? null
                    : ListenAddress.Parse(parse.GetValue(console)!),
                AccessLog = parse.GetValue(accessLog),
            };
            await using var app = KuraServer.Build(options);
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Kura.Hosting");
            if (options.UsingDefaultCredentials)
            {
                Hosting.Log.DefaultCredentials(logger);
            }

            Hosting.Log.RootAccessKey(logger, options.RootKey.AccessKeyId);
            await app.RunAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    /// <summary>Combines flags and environment, failing early with a message a person can act on.</summary>
    public static KuraOptions ResolveOptions(
        string directory,
        string address,
        IEnumerable<string> buckets,
        string? domain,
        bool jsonLogs,
        Func<string, string?> environment)
    {
        var rootKey = EnvironmentSettings.RootKey(environment);
        var allBuckets = EnvironmentSettings.Buckets(environment)
            .Concat(buckets)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var bucket in allBuckets)
        {
            if (BucketNames.Problem(bucket) is { } problem)
            {
                throw new InvalidOperationException($"Start-up bucket '{bucket}' is not a valid name: {problem}");
            }
        }

        return new KuraOptions
        {
            DataDirectory = Path.GetFullPath(directory),
            Address = ListenAddress.Parse(address),
            RootKey = rootKey ?? EnvironmentSettings.DefaultRootKey,
            UsingDefaultCredentials = rootKey is null,
            Buckets = allBuckets,
            Region = EnvironmentSettings.Region(environment),
            Domain = domain ?? EnvironmentSettings.Domain(environment),
            JsonLogs = jsonLogs || environment("KURA_LOG_FORMAT") == "json",
            ServerUrl = EnvironmentSettings.ServerUrl(environment),
            SeedDirectory = environment("KURA_SEED_DIR") is { Length: > 0 } seed ? Path.GetFullPath(seed) : null,
        };
    }
}
