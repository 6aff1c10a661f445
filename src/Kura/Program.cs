using System.CommandLine;
using Kura.Cli;

var root = new RootCommand("Kura: an S3-compatible object storage server.")
{
    ServerCommand.Create(Environment.GetEnvironmentVariable),
};

try
{
    return await root.Parse(args).InvokeAsync();
}
catch (Exception e) when (e is InvalidOperationException or FormatException or IOException)
{
    Console.Error.WriteLine($"kura: {e.Message}");
    return 1;
}
