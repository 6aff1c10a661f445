namespace Kura.Storage;

/// <summary>
/// The layout Kura keeps under the served folder. Object bodies live in <c>.kura/blobs</c> under
/// random names, so nothing derived from a client's key ever becomes a path.
/// </summary>
internal sealed class DataDirectory
{
    public DataDirectory(string root)
    {
        Root = Path.GetFullPath(root);
        System = Path.Combine(Root, ".kura");
        Blobs = Path.Combine(System, "blobs");
        Temporary = Path.Combine(System, "tmp");
        IndexFile = Path.Combine(System, "index.db");
        CleanShutdownMarker = Path.Combine(System, "clean-shutdown");
    }

    /// <summary>The folder given on the command line.</summary>
    public string Root { get; }

    /// <summary>Everything Kura owns: index, blobs, staging area.</summary>
    public string System { get; }

    public string Blobs { get; }

    public string Temporary { get; }

    public string IndexFile { get; }

    /// <summary>Present only between a graceful stop and the next start.</summary>
    public string CleanShutdownMarker { get; }

    /// <summary>Creates the folders, including the 256 blob fan-out folders, and syncs them.</summary>
    public void EnsureCreated()
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(System);
        Directory.CreateDirectory(Blobs);
        Directory.CreateDirectory(Temporary);
        for (var i = 0; i < 256; i++)
        {
            Directory.CreateDirectory(Path.Combine(Blobs, i.ToString("x2")));
        }

        Durability.SyncDirectory(Blobs);
        Durability.SyncDirectory(System);
        Durability.SyncDirectory(Root);
    }

    /// <summary>The folder a blob lives in: the first two hex digits of its id.</summary>
    public string BlobFolder(string blobId) => Path.Combine(Blobs, blobId[..2]);

    public string BlobPath(string blobId) => Path.Combine(Blobs, blobId[..2], blobId);

    public string StagingPath(string blobId) => Path.Combine(Temporary, blobId);
}
