using Kizuki.Model;

namespace Kizuki.Store;

/// <summary>Classification meetings, their decisions, and the change counter readers cache on.</summary>
internal interface IMeetingStore
{
    /// <summary>A number that grows whenever issues or decisions are written.</summary>
    Task<long> GetRevisionAsync(CancellationToken cancellationToken);

    /// <summary>Issues by store id, with their text; unknown ids are left out.</summary>
    Task<IReadOnlyList<Defect>> GetDefectsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken);

    /// <summary>Starts a meeting whose agenda begins at the previous meeting's start.</summary>
    Task<Meeting> StartMeetingAsync(string startedBy, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The meeting, or null.</summary>
    Task<Meeting?> GetMeetingAsync(long id, CancellationToken cancellationToken);

    /// <summary>The newest meetings first.</summary>
    Task<IReadOnlyList<Meeting>> ListMeetingsAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Marks the meeting ended (the first end time is kept).</summary>
    Task EndMeetingAsync(long id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Stores a decision and returns it with its id.</summary>
    Task<Decision> AddDecisionAsync(Decision decision, CancellationToken cancellationToken);

    /// <summary>Records what the tracker said about a stored decision.</summary>
    Task SetWriteResultAsync(long decisionId, string status, string? detail, CancellationToken cancellationToken);

    /// <summary>Decisions of one meeting, or of every meeting when null, oldest first.</summary>
    Task<IReadOnlyList<Decision>> ListDecisionsAsync(long? meetingId, CancellationToken cancellationToken);
}
