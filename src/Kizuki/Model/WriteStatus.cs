namespace Kizuki.Model;

/// <summary>Whether a decision reached the tracker.</summary>
internal static class WriteStatus
{
    /// <summary>Stored here only: no token with write access is configured for the source.</summary>
    public const string NotConfigured = "not-configured";

    /// <summary>The tracker accepted the label or field.</summary>
    public const string Written = "written";

    /// <summary>The tracker refused or did not answer; the detail says what it said.</summary>
    public const string Failed = "failed";
}
