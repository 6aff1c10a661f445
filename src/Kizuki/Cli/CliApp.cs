using System.CommandLine;
using System.Globalization;
using Kizuki.Sources;
using Kizuki.Sources.Files;
using Spectre.Console;

namespace Kizuki.Cli;

/// <summary>The <c>kizuki</c> command line: parses arguments and hands each verb to its command class.</summary>
internal static class CliApp
{
    /// <summary>Runs the command line in <paramref name="args"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console)
    {
        var config = new Option<string?>("--config", "-c")
        {
            Description = "Settings file (default: ./kizuki.yaml if present, else built-in defaults)",
            Recursive = true,
        };
        var storeOption = new Option<string?>("--store")
        {
            Description = "Store to use: sqlite:PATH or postgres:CONNECTION (overrides the settings file)",
            Recursive = true,
        };
        var root = new RootCommand("Kizuki: defect analysis from GitHub, GitLab and Jira");
        root.Options.Add(config);
        root.Options.Add(storeOption);

        KizukiSettings Settings(ParseResult parsed)
        {
            var settings = SettingsLoader.Load(parsed.GetValue(config));
            if (parsed.GetValue(storeOption) is { } store)
            {
                settings.Store = store;
            }

            return settings;
        }

        root.Subcommands.Add(ImportVerb(console, Settings));
        root.Subcommands.Add(SyncVerb(console, Settings));
        root.Subcommands.Add(ExportVerb(console, Settings));
        root.Subcommands.Add(ServeVerb(console, Settings));

        try
        {
            // Our own handler below turns known failures into one line; the library's would print
            // a stack trace for them.
            var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
            return await root.Parse(args).InvokeAsync(invocation);
        }
        catch (SourceException ex)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return 1;
        }
    }

    private static Command ImportVerb(IAnsiConsole console, Func<ParseResult, KizukiSettings> settings)
    {
        var file = new Argument<string>("file")
        {
            Description = "Export file: GitHub/GitLab/Jira JSON (gzip too) or Jira CSV",
        };
        var format = new Option<string?>("--format")
        {
            Description = "github-json, gitlab-json, jira-json or jira-csv (default: detect)",
        };
        var source = new Option<string?>("--source") { Description = "Source name to store the issues under" };
        var zone = new Option<string>("--time-zone")
        {
            Description = "Zone of Jira CSV dates",
            DefaultValueFactory = _ => "UTC",
        };
        var fields = new Option<string[]>("--custom-field") { Description = "Custom field to keep (repeatable)" };
        var type = new Option<string?>("--issue-type")
        {
            Description = "Issue type for files that carry none, e.g. Bug",
        };
        var command = new Command("import", "Import an export file into the store (one transaction)")
        {
            file, format, source, zone, fields, type,
        };
        command.SetAction(async (parsed, token) =>
        {
            var s = settings(parsed);
            using var loggers = Logging.Create(console);
            var options = new FileImportOptions
            {
                Format = parsed.GetValue(format) is { } f ? FileFormatDetector.Parse(f) : null,
                Source = parsed.GetValue(source),
                CsvTimeZone = TimeZoneInfo.FindSystemTimeZoneById(parsed.GetValue(zone)!),
                CustomFields = parsed.GetValue(fields) ?? [],
                DefaultType = parsed.GetValue(type),
            };
            return await new ImportCommand(console, s, loggers).RunAsync(parsed.GetValue(file)!, options, token);
        });
        return command;
    }

    private static Command SyncVerb(IAnsiConsole console, Func<ParseResult, KizukiSettings> settings)
    {
        var command = new Command("sync", "Pull changes from every configured tracker since the last sync");
        command.SetAction(async (parsed, token) =>
        {
            using var loggers = Logging.Create(console);
            using var http = new HttpClient();
            return await new SyncCommand(console, settings(parsed), loggers, http).RunAsync(token);
        });
        return command;
    }

    private static Command ExportVerb(IAnsiConsole console, Func<ParseResult, KizukiSettings> settings)
    {
        var day = new Option<string?>("--day")
        {
            Description = "Export day yyyy-MM-dd (default: today in the team's zone)",
        };
        var noUpload = new Option<bool>("--no-upload") { Description = "Write the files but do not upload them" };
        var command = new Command("export", "Write the daily xlsx and CSV and upload them to S3") { day, noUpload };
        command.SetAction(async (parsed, token) =>
        {
            using var loggers = Logging.Create(console);
            var exportDay = parsed.GetValue(day) is { } d
                ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : (DateOnly?)null;
            return await new ExportCommand(console, settings(parsed), loggers)
                .RunAsync(exportDay, !parsed.GetValue(noUpload), token);
        });
        return command;
    }

    private static Command ServeVerb(IAnsiConsole console, Func<ParseResult, KizukiSettings> settings)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Listen address",
            DefaultValueFactory = _ => "http://0.0.0.0:8080",
        };
        var command = new Command("serve", "Run as a service: sync and export on the configured schedule") { urls };
        command.SetAction((parsed, token) =>
            new ServeCommand(console, settings(parsed)).RunAsync(parsed.GetValue(urls)!, token));
        return command;
    }
}
