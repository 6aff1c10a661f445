namespace Kura.Bench.Load;

/// <summary>
/// Bounds of one load cell. Workers start requests until <see cref="Duration"/> has passed or
/// <see cref="MaxOps"/> have started; requests still running at Duration plus
/// <see cref="Grace"/> are cancelled, so a slow server cannot stall the run.
/// </summary>
internal sealed record CellLimits(TimeSpan Duration, TimeSpan Grace, int MaxOps);
