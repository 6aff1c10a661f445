using System.Globalization;

namespace Kura.Bench.Targets;

/// <summary>
/// The storage series Kura exports on /metrics that say what its writes waited on: group
/// commits of the index (each with its fsync) and the end of large uploads. Read before and
/// after a cell, the difference is what that cell did.
/// </summary>
internal sealed record KuraCounters
{
    public double Commits { get; init; }

    public double CommitSeconds { get; init; }

    public double CommittedWrites { get; init; }

    public double Syncs { get; init; }

    public double SyncSeconds { get; init; }

    public double Hashes { get; init; }

    public double HashSeconds { get; init; }

    /// <summary>Reads the series from Kura's unsigned /metrics path.</summary>
    public static async Task<KuraCounters> ReadAsync(HttpClient http, Uri kura, CancellationToken cancel)
    {
        var text = await http.GetStringAsync(new Uri(kura, "/metrics"), cancel);
        var samples = Parse(text);
        double Get(string series) => samples.GetValueOrDefault(series);
        return new KuraCounters
        {
            Commits = Get("kura_storage_index_commit_seconds_count"),
            CommitSeconds = Get("kura_storage_index_commit_seconds_sum"),
            CommittedWrites = Get("kura_storage_index_commit_writes_sum"),
            Syncs = Get("kura_storage_upload_tail_seconds_count{step=\"sync\"}"),
            SyncSeconds = Get("kura_storage_upload_tail_seconds_sum{step=\"sync\"}"),
            Hashes = Get("kura_storage_upload_tail_seconds_count{step=\"hash\"}"),
            HashSeconds = Get("kura_storage_upload_tail_seconds_sum{step=\"hash\"}"),
        };
    }

    /// <summary>What happened between <paramref name="earlier"/> and this reading.</summary>
    public KuraCounters Since(KuraCounters earlier) => new()
    {
        Commits = Commits - earlier.Commits,
        CommitSeconds = CommitSeconds - earlier.CommitSeconds,
        CommittedWrites = CommittedWrites - earlier.CommittedWrites,
        Syncs = Syncs - earlier.Syncs,
        SyncSeconds = SyncSeconds - earlier.SyncSeconds,
        Hashes = Hashes - earlier.Hashes,
        HashSeconds = HashSeconds - earlier.HashSeconds,
    };

    /// <summary>Prometheus text: "series value" per line, "#" lines are comments.</summary>
    private static Dictionary<string, double> Parse(string text)
    {
        var samples = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            var space = line.LastIndexOf(' ');
            if (line.StartsWith('#') || space <= 0)
            {
                continue;
            }

            var number = line.AsSpan(space + 1);
            if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                samples[line[..space]] = value;
            }
        }

        return samples;
    }
}
