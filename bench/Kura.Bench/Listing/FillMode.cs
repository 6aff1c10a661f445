namespace Kura.Bench.Listing;

/// <summary>How the listing bucket gets its keys.</summary>
internal enum FillMode
{
    /// <summary>PUT through the API for a while; hand the rest to the loader if the API would take too long.</summary>
    Auto,

    /// <summary>Every key through the S3 API, however long it takes.</summary>
    Api,

    /// <summary>One key through the API, the rest cloned into the index by <see cref="IndexLoader"/>.</summary>
    Loader,
}
