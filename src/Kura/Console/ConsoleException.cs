namespace Kura.Console;

/// <summary>A console API refusal, answered as <c>{"error", "message"}</c> with a status.</summary>
internal sealed class ConsoleException(int status, string error, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Error { get; } = error;
}
