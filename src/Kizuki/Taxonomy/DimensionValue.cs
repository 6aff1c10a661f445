namespace Kizuki.Taxonomy;

/// <summary>What one dimension says about one issue.</summary>
/// <param name="Values">Every distinct value any rule gave, in rule order; empty when none matched.</param>
/// <param name="Conflict">True when a single-valued dimension got more than one value.</param>
internal sealed record DimensionValue(IReadOnlyList<string> Values, bool Conflict)
{
    /// <summary>The values as one cell: joined with " | ", empty when none.</summary>
    public string Text => string.Join(" | ", Values);
}
