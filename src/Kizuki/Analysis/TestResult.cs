namespace Kizuki.Analysis;

/// <summary>The outcome of one significance test.</summary>
/// <param name="Test">The test's name as shown to readers.</param>
/// <param name="Statistic">The test statistic (χ², U, or the first rate).</param>
/// <param name="PValue">Two-sided p-value.</param>
internal sealed record TestResult(string Test, double Statistic, double PValue)
{
    /// <summary>True when <see cref="PValue"/> is below <see cref="Statistics.Alpha"/>.</summary>
    public bool Significant => PValue < Statistics.Alpha;
}
