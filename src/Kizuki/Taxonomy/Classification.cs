namespace Kizuki.Taxonomy;

/// <summary>An issue's place in every dimension of a taxonomy.</summary>
internal sealed class Classification
{
    private readonly Dictionary<string, DimensionValue> _values;

    /// <summary>Wraps the per-dimension results, keyed by dimension id.</summary>
    public Classification(Dictionary<string, DimensionValue> values) => _values = values;

    /// <summary>The result for dimension <paramref name="id"/>; empty if the taxonomy lacks it.</summary>
    public DimensionValue this[string id] =>
        _values.TryGetValue(id, out var value) ? value : new DimensionValue([], false);

    /// <summary>True when any dimension has a conflict worth a look in triage.</summary>
    public bool HasConflict => _values.Values.Any(v => v.Conflict);

    /// <summary>The ids of the dimensions in conflict.</summary>
    public IEnumerable<string> ConflictingDimensions => _values.Where(p => p.Value.Conflict).Select(p => p.Key);
}
