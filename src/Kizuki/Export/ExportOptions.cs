namespace Kizuki.Export;

/// <summary>What the daily export writes and where.</summary>
internal sealed record ExportOptions
{
    /// <summary>The folder the files are written to; created if missing.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>The zone days are counted in and times are shown in (the team's zone).</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>The export's day; dated file names and S3 keys use it.</summary>
    public required DateOnly Day { get; init; }

    /// <summary>Only issues whose defect dimension says yes, or every issue.</summary>
    public bool DefectsOnly { get; init; } = true;

    /// <summary>Header language: "en" or "ja".</summary>
    public string Language { get; init; } = "en";

    /// <summary>Only issues of this source, or all when null.</summary>
    public string? Source { get; init; }
}
