namespace Kura.Storage;

/// <summary>
/// Gives blobs second names by hard link, remembering what it made so a failed snapshot can
/// remove them again. Each new name's folder is synced before the index commit that uses it.
/// </summary>
internal sealed class BlobLinker(DataDirectory directory)
{
    private readonly List<string> _created = [];

    public IReadOnlyList<string> Created => _created;

    public IReadOnlyList<Segment> Link(IReadOnlyList<Segment> segments)
    {
        var linked = new List<Segment>(segments.Count);
        foreach (var segment in segments)
        {
            var id = BlobIds.New();
            HardLinks.Create(directory.BlobPath(segment.BlobId), directory.BlobPath(id));
            _created.Add(id);
            Durability.SyncDirectory(directory.BlobFolder(id));
            linked.Add(segment with { BlobId = id });
        }

        return linked;
    }
}
