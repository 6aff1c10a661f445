namespace Kizuki.Analysis;

/// <summary>A fitted growth curve and how well it fits; t counts days from the first point.</summary>
/// <param name="Model">Which curve.</param>
/// <param name="A">The asymptote: the estimated total number of bugs.</param>
/// <param name="B">The shape parameter.</param>
/// <param name="C">The rate per day.</param>
/// <param name="RSquared">1 − SSE/SST over the fitted points.</param>
/// <param name="Rmse">Root mean square error, in bugs.</param>
/// <param name="Observed">The last cumulative count fitted.</param>
internal sealed record GrowthFit(
    GrowthModel Model,
    double A,
    double B,
    double C,
    double RSquared,
    double Rmse,
    double Observed)
{
    /// <summary>Bugs the curve expects still to be found: <see cref="A"/> − <see cref="Observed"/>, at least 0.
    /// </summary>
    public double Remaining => Math.Max(0, A - Observed);

    /// <summary>The curve's value at <paramref name="t"/> days.</summary>
    public double At(double t) => Evaluate(Model, A, B, C, t);

    /// <summary>The model's value for the given parameters.</summary>
    public static double Evaluate(GrowthModel model, double a, double b, double c, double t) => model switch
    {
        GrowthModel.Gompertz => a * Math.Exp(-b * Math.Exp(-c * t)),
        _ => a / (1 + b * Math.Exp(-c * t)),
    };
}
