namespace Kizuki.Model;

/// <summary>One classification decided in a meeting: a dimension's value for one bug.</summary>
internal sealed record Decision
{
    /// <summary>The store's id; 0 before it is stored.</summary>
    public long Id { get; init; }

    /// <summary>The meeting it was made in, or null when made outside one.</summary>
    public long? MeetingId { get; init; }

    /// <summary>The store id of the bug.</summary>
    public required long DefectId { get; init; }

    /// <summary>The taxonomy dimension id, e.g. <c>cause</c>.</summary>
    public required string Dimension { get; init; }

    /// <summary>The value chosen, e.g. <c>仕様漏れ</c>.</summary>
    public required string Value { get; init; }

    /// <summary>Who decided.</summary>
    public required string DecidedBy { get; init; }

    /// <summary>When (UTC).</summary>
    public required DateTimeOffset DecidedAt { get; init; }

    /// <summary>What happened to the tracker: see <see cref="WriteStatus"/>.</summary>
    public string WriteStatus { get; init; } = Model.WriteStatus.NotConfigured;

    /// <summary>The label or field written, or the tracker's error.</summary>
    public string? WriteDetail { get; init; }
}
