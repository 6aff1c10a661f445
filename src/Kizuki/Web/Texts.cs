namespace Kizuki.Web;

/// <summary>The words on the pages in English and Japanese; look-ups fall back to English, then the key.</summary>
internal sealed partial class Texts
{
    private readonly IReadOnlyDictionary<string, string> _words;

    private Texts(string language, IReadOnlyDictionary<string, string> words)
    {
        Language = language;
        _words = words;
    }

    /// <summary>"en" or "ja".</summary>
    public string Language { get; }

    /// <summary>True for Japanese.</summary>
    public bool IsJapanese => Language == "ja";

    /// <summary>The word for <paramref name="key"/>, unescaped.</summary>
    public string this[string key] =>
        _words.TryGetValue(key, out var word) ? word : EnglishWords.GetValueOrDefault(key, key);

    /// <summary>The texts for a language code.</summary>
    public static Texts For(string language) =>
        language == "ja" ? new Texts("ja", JapaneseWords) : new Texts("en", EnglishWords);

    /// <summary>A dimension's display name in this language.</summary>
    public string Dimension(Taxonomy.Dimension dimension) => IsJapanese ? dimension.NameJa : dimension.Name;
}
