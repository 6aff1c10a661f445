using System.Diagnostics;

namespace Deploy.Tests.Infrastructure;

/// <summary>Runs a short-lived command to completion and captures what it printed.</summary>
public static class ProcessRunner
{
    /// <summary>Exit code and output of <paramref name="start"/>, killed after <paramref name="timeout"/>.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        ProcessStartInfo start,
        TimeSpan timeout)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} ran over {timeout}.");
        }

        return (process.ExitCode, await output, await error);
    }
}
