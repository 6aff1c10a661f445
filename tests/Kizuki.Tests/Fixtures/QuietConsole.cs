using Spectre.Console;

namespace Kizuki.Tests.Fixtures;

/// <summary>A non-interactive Spectre console writing into a string, for running verbs without a process.</summary>
internal static class QuietConsole
{
    public static (IAnsiConsole Console, StringWriter Output) Create()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 400;
        return (console, output);
    }
}
