namespace Kizuki.Cli;

/// <summary>Kizuki's settings file (<c>kizuki.yaml</c>), with embedded defaults for every value.</summary>
internal sealed class KizukiSettings
{
    /// <summary><c>sqlite:path</c> or <c>postgres:Host=...</c>.</summary>
    public string Store { get; set; } = "sqlite:kizuki.db";

    /// <summary>Taxonomy YAML path; the shipped default when null.</summary>
    public string? Taxonomy { get; set; }

    /// <summary>The team's zone (IANA id): days in the export and the schedule follow it.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Spreadsheet header language: en or ja.</summary>
    public string Language { get; set; } = "en";

    /// <summary>The trackers <c>kizuki sync</c> reads.</summary>
    public List<SourceSettings> Sources { get; set; } = [];

    /// <summary>Where and how <c>kizuki export</c> writes.</summary>
    public ExportSettings Export { get; set; } = new();

    /// <summary>Cron expressions for <c>kizuki serve</c>.</summary>
    public ScheduleSettings Schedule { get; set; } = new();

    /// <summary>The zone as a <see cref="TimeZoneInfo"/>.</summary>
    public TimeZoneInfo Zone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>One tracker as written in the file.</summary>
    internal sealed class SourceSettings
    {
        /// <summary>github, gitlab or jira.</summary>
        public string Kind { get; set; } = string.Empty;

        /// <summary>API root; the public service when empty (GitHub, GitLab).</summary>
        public string? BaseUrl { get; set; }

        /// <summary>GitHub owner/repo or GitLab project id/path.</summary>
        public string? Project { get; set; }

        /// <summary>Jira JQL.</summary>
        public string? Jql { get; set; }

        /// <summary>Jira user for basic auth.</summary>
        public string? User { get; set; }

        /// <summary>Environment variable holding the token.</summary>
        public string? TokenEnv { get; set; }

        /// <summary>File holding the token (a mounted secret).</summary>
        public string? TokenFile { get; set; }

        /// <summary>Environment variable holding a token allowed to write labels (meeting decisions).</summary>
        public string? WriteTokenEnv { get; set; }

        /// <summary>File holding the write token.</summary>
        public string? WriteTokenFile { get; set; }

        /// <summary>Jira custom field ids to keep.</summary>
        public List<string> CustomFields { get; set; } = [];
    }

    /// <summary>The export section.</summary>
    internal sealed class ExportSettings
    {
        /// <summary>Folder for the dated files.</summary>
        public string Directory { get; set; } = "exports";

        /// <summary>Only issues the taxonomy calls defects.</summary>
        public bool DefectsOnly { get; set; } = true;

        /// <summary>Upload target; none when null.</summary>
        public S3Section? S3 { get; set; }
    }

    /// <summary>The S3 upload target.</summary>
    internal sealed class S3Section
    {
        /// <summary>Endpoint URL.</summary>
        public string Endpoint { get; set; } = "http://127.0.0.1:9000";

        /// <summary>Bucket name.</summary>
        public string Bucket { get; set; } = "kizuki";

        /// <summary>Key prefix.</summary>
        public string Prefix { get; set; } = "kizuki/";

        /// <summary>Signing region.</summary>
        public string Region { get; set; } = "us-east-1";

        /// <summary>Environment variable holding the access key id.</summary>
        public string AccessKeyEnv { get; set; } = "KIZUKI_S3_ACCESS_KEY";

        /// <summary>Environment variable holding the secret key.</summary>
        public string SecretKeyEnv { get; set; } = "KIZUKI_S3_SECRET_KEY";
    }

    /// <summary>The schedule section; an empty expression disables that job.</summary>
    internal sealed class ScheduleSettings
    {
        /// <summary>When to sync, e.g. <c>0 6 * * *</c> (in <see cref="TimeZone"/>).</summary>
        public string? Sync { get; set; } = "0 6 * * *";

        /// <summary>When to export.</summary>
        public string? Export { get; set; } = "15 6 * * *";
    }
}
