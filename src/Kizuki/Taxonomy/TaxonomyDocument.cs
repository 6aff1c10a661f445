namespace Kizuki.Taxonomy;

/// <summary>The taxonomy YAML as written; <see cref="TaxonomyLoader"/> checks and compiles it.</summary>
internal sealed class TaxonomyDocument
{
    /// <summary>The dimensions in the order the export shows them.</summary>
    public List<DimensionDocument> Dimensions { get; set; } = [];

    /// <summary>One dimension as written.</summary>
    internal sealed class DimensionDocument
    {
        /// <summary>Stable id, used as the column name.</summary>
        public string? Id { get; set; }

        /// <summary>English display name.</summary>
        public string? Name { get; set; }

        /// <summary>Japanese display name.</summary>
        public string? NameJa { get; set; }

        /// <summary>True when several values are normal (components), so they are no conflict.</summary>
        public bool Multiple { get; set; }

        /// <summary>The rules, tried in order; all matches are kept.</summary>
        public List<RuleDocument> Rules { get; set; } = [];

        /// <summary>Values offered in the classification meeting.</summary>
        public List<string> Choices { get; set; } = [];

        /// <summary>Label written back for a decision, with {value}.</summary>
        public string? WriteLabel { get; set; }

        /// <summary>Jira field written back instead of a label.</summary>
        public string? WriteField { get; set; }
    }

    /// <summary>One rule as written.</summary>
    internal sealed class RuleDocument
    {
        /// <summary>Which field the rule reads; label when absent.</summary>
        public string? Field { get; set; }

        /// <summary>A name compared case-insensitively.</summary>
        public string? Exact { get; set; }

        /// <summary>A case-insensitive regular expression.</summary>
        public string? Regex { get; set; }

        /// <summary>The value given; may name regex groups as $1.</summary>
        public string? Value { get; set; }
    }
}
