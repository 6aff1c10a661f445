namespace Kura.Bench.Machine;

/// <summary>The disk's fdatasync rate (MB/s) right before and right after one load cell.</summary>
internal readonly record struct DiskBracket(double Before, double After)
{
    /// <summary>The ceiling the cell is compared with: the mean of the two.</summary>
    public double Mean => (Before + After) / 2;
}
