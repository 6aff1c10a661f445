using System.Globalization;
using System.Text.Json;

namespace Kizuki.Sources;

/// <summary>Null-tolerant reads of tracker JSON, where any property may be absent or null.</summary>
internal static class JsonFields
{
    /// <summary>
    /// The property at <paramref name="path"/>, or an undefined element when any step is missing or null.
    /// </summary>
    public static JsonElement At(JsonElement element, params ReadOnlySpan<string> path)
    {
        var current = element;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return default;
            }
        }

        return current;
    }

    /// <summary>The text at <paramref name="path"/>; numbers and booleans are rendered invariantly.</summary>
    public static string? Text(JsonElement element, params ReadOnlySpan<string> path) =>
        Render(At(element, path));

    /// <summary>The required text at <paramref name="path"/>.</summary>
    /// <exception cref="FormatException">The property is missing or null.</exception>
    public static string RequiredText(JsonElement element, params ReadOnlySpan<string> path) =>
        Text(element, path) ?? throw new FormatException($"missing '{string.Join('.', path.ToArray())}'");

    /// <summary>
    /// Renders a scalar as invariant text, an option object by its value or name, and an array as
    /// its items joined with ", ". Null and undefined give null.
    /// </summary>
    public static string? Render(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Number:
                return value.TryGetInt64(out var whole)
                    ? whole.ToString(CultureInfo.InvariantCulture)
                    : value.GetDouble().ToString("R", CultureInfo.InvariantCulture);
            case JsonValueKind.True:
            case JsonValueKind.False:
                return value.GetBoolean() ? "true" : "false";
            case JsonValueKind.Object:
                return Text(value, "value") ?? Text(value, "name") ?? Text(value, "title");
            case JsonValueKind.Array:
                var items = value.EnumerateArray().Select(Render).OfType<string>().ToList();
                return items.Count == 0 ? null : string.Join(", ", items);
            default:
                return null;
        }
    }

    /// <summary>The names in an array of strings or of objects carrying <paramref name="nameProperty"/>.</summary>
    public static List<string> Names(JsonElement array, string nameProperty = "name")
    {
        var names = new List<string>();
        if (array.ValueKind != JsonValueKind.Array)
        {
            return names;
        }

        foreach (var item in array.EnumerateArray())
        {
            var name = item.ValueKind == JsonValueKind.String ? item.GetString() : Text(item, nameProperty);
            if (!string.IsNullOrEmpty(name) && !names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>True when the property exists and is not null.</summary>
    public static bool Has(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind != JsonValueKind.Null;
}
