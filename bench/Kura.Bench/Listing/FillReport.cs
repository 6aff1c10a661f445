namespace Kura.Bench.Listing;

/// <summary>How the listing bucket was filled, for the report.</summary>
/// <param name="ApiKeys">Keys stored through the S3 API.</param>
/// <param name="ApiSeconds">Time spent storing them.</param>
/// <param name="ApiErrors">PUTs the server refused during the fill.</param>
/// <param name="LoadedKeys">Keys the index loader added.</param>
/// <param name="LoaderSeconds">Time the loader took, including Kura's stop and restart.</param>
internal sealed record FillReport(
    long ApiKeys,
    double ApiSeconds,
    long ApiErrors,
    long LoadedKeys,
    double LoaderSeconds)
{
    /// <summary>Empty PUTs per second during the API fill.</summary>
    public double ApiRate => ApiSeconds > 0 ? ApiKeys / ApiSeconds : 0;
}
