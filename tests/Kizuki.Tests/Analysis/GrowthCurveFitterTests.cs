using Kizuki.Analysis;

namespace Kizuki.Tests.Analysis;

public sealed class GrowthCurveFitterTests
{
    // Tolerances: the asymptote (estimated total) within 3%, shape b and rate c within 10%,
    // with Gaussian noise of sd 4 bugs on every weekly point.
    [Theory]
    [InlineData("Gompertz", 800.0, 6.0, 0.012)]
    [InlineData("Gompertz", 250.0, 3.0, 0.02)]
    [InlineData("Logistic", 500.0, 40.0, 0.015)]
    [InlineData("Logistic", 1200.0, 15.0, 0.01)]
    public void Fit_NoisyKnownCurve_RecoversParameters(string modelName, double a, double b, double c)
    {
        // Arrange: 101 weekly points over 700 days, seeded noise
        var model = Enum.Parse<GrowthModel>(modelName);
        var random = new Random(20261203);
        var t = Enumerable.Range(0, 101).Select(i => i * 7.0).ToArray();
        var y = t.Select(day => GrowthFit.Evaluate(model, a, b, c, day) + 4 * Gaussian(random)).ToArray();

        // Act
        var fit = GrowthCurveFitter.Fit(model, t, y);

        // Assert
        Assert.NotNull(fit);
        Assert.InRange(fit.A, a * 0.97, a * 1.03);
        Assert.InRange(fit.B, b * 0.9, b * 1.1);
        Assert.InRange(fit.C, c * 0.9, c * 1.1);
        Assert.True(fit.RSquared > 0.99, $"R² {fit.RSquared}");
        Assert.InRange(fit.Rmse, 2.5, 5.5);
        Assert.Equal(Math.Max(0, fit.A - y[^1]), fit.Remaining, 6);
    }

    [Fact]
    public void Fit_ExactCurveWithoutNoise_RecoversParametersClosely()
    {
        // Arrange
        var t = Enumerable.Range(0, 60).Select(i => i * 7.0).ToArray();
        var y = t.Select(day => GrowthFit.Evaluate(GrowthModel.Gompertz, 300, 5, 0.015, day)).ToArray();

        // Act
        var fit = GrowthCurveFitter.Fit(GrowthModel.Gompertz, t, y);

        // Assert
        Assert.NotNull(fit);
        Assert.Equal(300, fit.A, 1);
        Assert.Equal(5, fit.B, 2);
        Assert.Equal(0.015, fit.C, 4);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(0)]
    public void Fit_TooFewPoints_ReturnsNull(int count)
    {
        // Arrange
        var t = Enumerable.Range(0, count).Select(i => (double)i).ToArray();
        var y = t.Select(v => v * 2).ToArray();

        // Act
        var fit = GrowthCurveFitter.Fit(GrowthModel.Logistic, t, y);

        // Assert
        Assert.Null(fit);
    }

    [Fact]
    public void Fit_FlatCounts_ReturnsNull()
    {
        // Arrange
        var t = Enumerable.Range(0, 10).Select(i => i * 7.0).ToArray();
        var y = t.Select(_ => 5.0).ToArray();

        // Act
        var fit = GrowthCurveFitter.Fit(GrowthModel.Gompertz, t, y);

        // Assert
        Assert.Null(fit);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
