namespace Kizuki.Analysis;

/// <summary>The S-shaped curves a reliability growth fit tries, both with asymptote a (the total).</summary>
internal enum GrowthModel
{
    /// <summary>y = a · exp(−b · exp(−c·t)): slow start, long tail.</summary>
    Gompertz,

    /// <summary>y = a / (1 + b · exp(−c·t)): symmetric around its inflection.</summary>
    Logistic,
}
