namespace Kizuki.Export;

/// <summary>A sheet held as a header and rows of cell values (strings, numbers, dates or null).</summary>
/// <param name="Name">Sheet (and CSV file) name.</param>
/// <param name="Header">Column titles.</param>
/// <param name="Rows">Cell values, one array per row, aligned with <paramref name="Header"/>.</param>
internal sealed record Sheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<object?[]> Rows)
{
    /// <summary>Rows as header-keyed dictionaries, the shape the xlsx writer takes.</summary>
    public IEnumerable<IDictionary<string, object?>> AsDictionaries()
    {
        foreach (var row in Rows)
        {
            var dictionary = new Dictionary<string, object?>(Header.Count, StringComparer.Ordinal);
            for (var i = 0; i < Header.Count; i++)
            {
                dictionary[Header[i]] = row[i];
            }

            yield return dictionary;
        }
    }
}
