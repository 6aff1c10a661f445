using Kizuki.Store;
using Kizuki.Taxonomy;

namespace Kizuki.Analysis;

/// <summary>
/// Keeps one <see cref="DefectIndex"/> and rebuilds it when the store revision moves. While a
/// rebuild runs, readers get the previous index (a sync does not stall the dashboard); only
/// the first request after start waits. A rebuild reads every issue: about 10 s at a million.
/// </summary>
internal sealed class DefectIndexCache
{
    private readonly IDefectStore _store;
    private readonly DefectTaxonomy _taxonomy;
    private readonly TimeZoneInfo _zone;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DefectIndex? _current;
    private Task<DefectIndex>? _building;

    /// <summary>A cache over <paramref name="store"/>, classified by <paramref name="taxonomy"/>.</summary>
    public DefectIndexCache(IDefectStore store, DefectTaxonomy taxonomy, TimeZoneInfo zone)
    {
        _store = store;
        _taxonomy = taxonomy;
        _zone = zone;
    }

    /// <summary>The newest index; waits for a rebuild only when there is none yet.</summary>
    public async Task<DefectIndex> GetAsync(CancellationToken cancellationToken)
    {
        var revision = await _store.GetRevisionAsync(cancellationToken);
        var current = _current;
        if (current is not null && current.Revision == revision)
        {
            return current;
        }

        Task<DefectIndex> building;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            building = _building ??= RebuildAsync();
        }
        finally
        {
            _gate.Release();
        }

        return current ?? await building.WaitAsync(cancellationToken);
    }

    /// <summary>The newest index, waiting for any rebuild the store's revision calls for.</summary>
    public async Task<DefectIndex> GetFreshAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var index = await GetAsync(cancellationToken);
            if (index.Revision == await _store.GetRevisionAsync(cancellationToken))
            {
                return index;
            }

            if (_building is { } running)
            {
                await running.WaitAsync(cancellationToken);
            }
        }
    }

    private async Task<DefectIndex> RebuildAsync()
    {
        try
        {
            // Not tied to one request: the index outlives the request that asked first.
            var index = await DefectIndexBuilder.BuildAsync(_store, _taxonomy, _zone, CancellationToken.None);
            _current = index;
            return index;
        }
        finally
        {
            await _gate.WaitAsync();
            _building = null;
            _gate.Release();
        }
    }
}
