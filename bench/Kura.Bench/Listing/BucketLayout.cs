using System.Globalization;

namespace Kura.Bench.Listing;

/// <summary>
/// Keys of the listing bucket: 100 objects per "folder", so that with a delimiter every page of
/// 1,000 entries is 1,000 common prefixes, each of which the server has to skip past.
/// </summary>
internal static class BucketLayout
{
    /// <summary>The bucket the listing benchmark fills.</summary>
    public const string Bucket = "list-bench";

    /// <summary>Objects per folder.</summary>
    public const int PerFolder = 100;

    /// <summary>The same key format as <see cref="Key"/>, for SQLite's printf.</summary>
    public const string SqlKeyFormat = "printf('f%05d/o%02d', i / 100, i % 100)";

    /// <summary>The key of object number <paramref name="index"/>, e.g. f00042/o17.</summary>
    public static string Key(long index) =>
        string.Create(CultureInfo.InvariantCulture, $"f{index / PerFolder:D5}/o{index % PerFolder:D2}");

    /// <summary>The folder prefix of folder number <paramref name="folder"/>, e.g. f00042/.</summary>
    public static string Folder(long folder) => string.Create(CultureInfo.InvariantCulture, $"f{folder:D5}/");
}
