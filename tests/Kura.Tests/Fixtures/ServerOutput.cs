using System.Diagnostics;

namespace Kura.Tests.Fixtures;

/// <summary>Keeps the last lines a child process wrote, for error messages when it fails.</summary>
public sealed class ServerOutput
{
    private const int MaxLines = 200;
    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();

    /// <summary>Starts reading both output streams of a process started with redirection.</summary>
    public void Attach(Process process)
    {
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Forgets what earlier runs wrote.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _lines.Clear();
        }
    }

    /// <summary>The kept lines joined by newlines.</summary>
    public string Text()
    {
        lock (_gate)
        {
            return string.Join('\n', _lines);
        }
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _lines.Enqueue(line);
            while (_lines.Count > MaxLines)
            {
                _lines.Dequeue();
            }
        }
    }
}
