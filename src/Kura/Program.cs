using System.CommandLine;
using Kura.Cli;

var root = new RootCommand("Kura: an S3-compatible object storage server.")
{
    ServerCommand.Create(Environment.GetEnvironmentVariable),
};

try
{
    // Start-up failures (a bad setting, a port in use) are printed as one line below, not as the
    // library's stack trace.
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is InvalidOperationException or FormatException or IOException
    or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"kura: {e.Message}");
    return 1;
}
