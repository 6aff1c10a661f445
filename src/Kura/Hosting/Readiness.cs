namespace Kura.Hosting;

/// <summary>Whether the server can take traffic: storage open and start-up buckets created.</summary>
internal sealed class Readiness
{
    private volatile bool _ready;

    public bool IsReady => _ready;

    public void MarkReady() => _ready = true;
}
