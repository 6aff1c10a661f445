namespace Kizuki.Store;

/// <summary>What one <see cref="IDefectStore.WriteAsync"/> did.</summary>
/// <param name="Read">Issues read from the source.</param>
/// <param name="Inserted">Issues that were not stored before.</param>
/// <param name="Written">Issues inserted or replaced.</param>
/// <param name="SkippedOlder">Issues left alone because the stored copy was updated later.</param>
internal sealed record WriteSummary(long Read, long Inserted, long Written, long SkippedOlder);
