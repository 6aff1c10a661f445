using Kizuki.Model;

namespace Kizuki.Sources;

/// <summary>A place issues come from: a tracker's API or an export file.</summary>
internal interface IDefectSource
{
    /// <summary>The name the issues are stored under, e.g. <c>github:owner/repo</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Streams the issues changed at or after <paramref name="since"/> (all of them when null).
    /// Pull requests and other non-issues are already left out.
    /// </summary>
    IAsyncEnumerable<Defect> ReadAsync(DateTimeOffset? since, CancellationToken cancellationToken);
}
