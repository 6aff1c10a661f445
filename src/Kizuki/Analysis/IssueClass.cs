namespace Kizuki.Analysis;

/// <summary>
/// A taxonomy result shared by every issue with the same labels and fields: whether it is a
/// defect and its values in each dimension. Issues point at one of these instead of each
/// keeping its own, which keeps a million-issue index small.
/// </summary>
/// <param name="IsDefect">True when the defect dimension says yes.</param>
/// <param name="Values">Values per dimension, in the index's dimension order.</param>
/// <param name="MissingMask">Bit i set when analysis dimension i has no value.</param>
internal sealed record IssueClass(bool IsDefect, string[][] Values, int MissingMask);
