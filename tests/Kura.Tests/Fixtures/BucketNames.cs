namespace Kura.Tests.Fixtures;

/// <summary>Makes bucket names that no other test or earlier run uses.</summary>
public static class BucketNames
{
    /// <summary>A valid, lowercase bucket name that starts with the given prefix.</summary>
    public static string Unique(string prefix)
    {
        var name = $"{prefix}-{Guid.NewGuid():N}";
        return name.Length <= 63 ? name : name[..63];
    }
}
