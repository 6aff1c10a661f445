using Kizuki.Model;

namespace Kizuki.Taxonomy;

/// <summary>A compiled taxonomy: the dimensions and the rules that fill them.</summary>
internal sealed class DefectTaxonomy
{
    /// <summary>The dimension that says whether an issue is a defect at all.</summary>
    public const string DefectDimension = "defect";

    /// <summary>Wraps checked dimensions; use <see cref="TaxonomyLoader"/> to build one.</summary>
    public DefectTaxonomy(IReadOnlyList<Dimension> dimensions) => Dimensions = dimensions;

    /// <summary>The dimensions, in the order columns appear.</summary>
    public IReadOnlyList<Dimension> Dimensions { get; }

    /// <summary>Applies every rule to <paramref name="defect"/>, keeping all matches.</summary>
    public Classification Classify(Defect defect)
    {
        var values = new Dictionary<string, DimensionValue>(StringComparer.Ordinal);
        foreach (var dimension in Dimensions)
        {
            var found = new List<string>();
            foreach (var rule in dimension.Rules)
            {
                foreach (var value in rule.Apply(defect))
                {
                    if (!found.Contains(value, StringComparer.OrdinalIgnoreCase))
                    {
                        found.Add(value);
                    }
                }
            }

            values[dimension.Id] = new DimensionValue(found, !dimension.Multiple && found.Count > 1);
        }

        return new Classification(values);
    }

    /// <summary>
    /// True when the defect dimension says yes, even alongside a no (a conflict is still worth
    /// counting as a defect until triage settles it).
    /// </summary>
    public static bool IsDefect(Classification classification) =>
        classification[DefectDimension].Values.Contains("yes", StringComparer.OrdinalIgnoreCase);
}
