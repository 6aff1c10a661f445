namespace Kizuki.Sources.Files;

/// <summary>A Jira CSV header with its repeated names grouped: name to every column index.</summary>
internal sealed class JiraCsvColumns
{
    private readonly Dictionary<string, List<int>> _indexes;

    private JiraCsvColumns(Dictionary<string, List<int>> indexes) => _indexes = indexes;

    /// <summary>Groups the header's column names (compared case-insensitively).</summary>
    public static JiraCsvColumns FromHeader(List<string> header)
    {
        var indexes = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (!indexes.TryGetValue(name, out var list))
            {
                indexes[name] = list = [];
            }

            list.Add(i);
        }

        return new JiraCsvColumns(indexes);
    }

    /// <summary>True when the header has a column of this name.</summary>
    public bool Has(string name) => _indexes.ContainsKey(name);

    /// <summary>Pairs one record with the header.</summary>
    public Row Bind(List<string> record) => new(this, record);

    /// <summary>One record, read by column name.</summary>
    internal readonly struct Row(JiraCsvColumns columns, List<string> record)
    {
        /// <summary>The first non-empty value under <paramref name="name"/>, or null.</summary>
        public string? First(string name) => All(name) is [var first, ..] ? first : null;

        /// <summary>Every non-empty value under <paramref name="name"/>, without repeats.</summary>
        public List<string> All(string name)
        {
            var values = new List<string>();
            if (!columns._indexes.TryGetValue(name, out var indexes))
            {
                return values;
            }

            foreach (var index in indexes)
            {
                var value = record[index].Trim();
                if (value.Length > 0 && !values.Contains(value, StringComparer.Ordinal))
                {
                    values.Add(value);
                }
            }

            return values;
        }

        /// <summary>Every value under <paramref name="name"/> joined with ", ", or null when none.</summary>
        public string? Joined(string name) => All(name) is { Count: > 0 } values ? string.Join(", ", values) : null;
    }
}
