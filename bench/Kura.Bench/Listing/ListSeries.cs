namespace Kura.Bench.Listing;

/// <summary>Latencies of a run of LIST pages.</summary>
/// <param name="Name">What was listed, e.g. "random pages, delimiter /".</param>
/// <param name="Delimiter">Whether the pages rolled keys up into common prefixes.</param>
/// <param name="Entries">Keys plus common prefixes returned, over all pages.</param>
/// <param name="LatenciesMs">Per-page latency in milliseconds (request to last body byte), sorted.</param>
internal sealed record ListSeries(string Name, bool Delimiter, long Entries, double[] LatenciesMs)
{
    /// <summary>Pages listed.</summary>
    public int Pages => LatenciesMs.Length;
}
