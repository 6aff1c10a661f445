using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Kizuki.Taxonomy;

/// <summary>Reads and checks taxonomy YAML.</summary>
internal static class TaxonomyLoader
{
    private const string DefaultResource = "Kizuki.Taxonomy.default-taxonomy.yaml";

    /// <summary>The taxonomy shipped inside Kizuki.</summary>
    public static DefectTaxonomy LoadDefault()
    {
        using var stream = typeof(TaxonomyLoader).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"embedded resource {DefaultResource} is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "default taxonomy");
    }

    /// <summary>The taxonomy in <paramref name="path"/>, or the default one when the path is null.</summary>
    /// <exception cref="TaxonomyException">The file is missing or malformed.</exception>
    public static DefectTaxonomy Load(string? path)
    {
        if (path is null)
        {
            return LoadDefault();
        }

        if (!File.Exists(path))
        {
            throw new TaxonomyException($"{path}: taxonomy file not found");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses YAML text; <paramref name="origin"/> names it in errors.</summary>
    /// <exception cref="TaxonomyException">The YAML or a rule in it is malformed.</exception>
    public static DefectTaxonomy Parse(string yaml, string origin)
    {
        TaxonomyDocument document;
        try
        {
            document = new DeserializerBuilder()
                .WithNamingConvention(UnderscoredNamingConvention.Instance)
                .Build()
                .Deserialize<TaxonomyDocument?>(yaml) ?? new TaxonomyDocument();
        }
        catch (YamlException ex)
        {
            throw new TaxonomyException($"{origin} line {ex.Start.Line}: {ex.Message}", ex);
        }

        var dimensions = new List<Dimension>();
        foreach (var d in document.Dimensions)
        {
            if (string.IsNullOrWhiteSpace(d.Id))
            {
                throw new TaxonomyException($"{origin}: dimension #{dimensions.Count + 1} has no id");
            }

            if (dimensions.Any(x => x.Id == d.Id))
            {
                throw new TaxonomyException($"{origin}: dimension '{d.Id}' is defined twice");
            }

            var rules = d.Rules.Select((r, i) => Compile(r, $"{origin}: dimension '{d.Id}' rule #{i + 1}")).ToList();
            dimensions.Add(new Dimension(d.Id, d.Name ?? d.Id, d.NameJa ?? d.Name ?? d.Id, d.Multiple, rules)
            {
                Choices = d.Choices,
                WriteLabel = d.WriteLabel,
                WriteField = d.WriteField,
            });
        }

        return new DefectTaxonomy(dimensions);
    }

    private static TaxonomyRule Compile(TaxonomyDocument.RuleDocument rule, string where)
    {
        if ((rule.Exact is null) == (rule.Regex is null))
        {
            throw new TaxonomyException($"{where}: give exactly one of 'exact' or 'regex'");
        }

        try
        {
            return new TaxonomyRule(rule.Field ?? "label", rule.Exact, rule.Regex, rule.Value);
        }
        catch (ArgumentException ex)
        {
            throw new TaxonomyException($"{where}: bad regex '{rule.Regex}': {ex.Message}", ex);
        }
    }
}
