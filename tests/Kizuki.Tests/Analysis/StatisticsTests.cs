using Kizuki.Analysis;

namespace Kizuki.Tests.Analysis;

public sealed class StatisticsTests
{
    [Fact]
    public void ChiSquare_TwoByTwoShift_GivesTextbookStatisticAndP()
    {
        // Arrange: expected 20 per cell, so χ² = 4 · 10² / 20 = 20 with 1 df; p = erfc(√10)
        long[][] table = [[30, 10], [10, 30]];

        // Act
        var result = Statistics.ChiSquare(table);

        // Assert
        Assert.NotNull(result);
        Assert.Equal(20, result.Statistic, 9);
        Assert.Equal(7.7442e-6, result.PValue, 9);
        Assert.True(result.Significant);
        Assert.Equal("chi-square", result.Test);
    }

    [Fact]
    public void ChiSquare_SameProportions_IsNotSignificant()
    {
        // Act
        var result = Statistics.ChiSquare([[20, 30, 50], [40, 60, 100]]);

        // Assert
        Assert.NotNull(result);
        Assert.Equal(0, result.Statistic, 9);
        Assert.Equal(1, result.PValue, 9);
        Assert.False(result.Significant);
    }

    [Fact]
    public void ChiSquare_RareCategories_ArePooledBeforeTesting()
    {
        // Arrange: the three rare columns (expected below 5) pool into one column of 6 and 6
        long[][] table = [[40, 10, 3, 2, 1], [20, 30, 1, 2, 3]];

        // Act
        var pooled = Statistics.ChiSquare(table);
        var byHand = Statistics.ChiSquare([[40, 10, 6], [20, 30, 6]]);

        // Assert
        Assert.NotNull(pooled);
        Assert.NotNull(byHand);
        Assert.Equal(byHand.Statistic, pooled.Statistic, 9);
        Assert.Equal(byHand.PValue, pooled.PValue, 12);
    }

    [Fact]
    public void ChiSquare_ExpectedCountBelowFive_ClaimsNothing()
    {
        // Act
        var result = Statistics.ChiSquare([[3, 1], [1, 3]]);

        // Assert
        Assert.Null(result);
    }

    [Theory]
    [InlineData(1.0, 2.995732273553991, 0.05)]
    [InlineData(0.5, 1.0, 0.157299207050285)]
    [InlineData(2.5, 5.5, 0.0513799835)]
    public void RegularizedGammaQ_KnownValues_Match(double a, double x, double expected)
    {
        // Act
        var q = Statistics.RegularizedGammaQ(a, x);

        // Assert
        Assert.Equal(expected, q, 8);
    }

    [Fact]
    public void MannWhitney_SeparatedSamples_IsSignificantWithUZero()
    {
        // Arrange: z = −50 / √(10·10·21/12) = −3.7796, two-sided p = 1.571e-4
        double[] fast = [.. Enumerable.Range(1, 10).Select(i => (double)i)];
        double[] slow = [.. Enumerable.Range(11, 10).Select(i => (double)i)];

        // Act
        var result = Statistics.MannWhitney(fast, slow);

        // Assert
        Assert.NotNull(result);
        Assert.Equal(0, result.Statistic);
        Assert.Equal(1.571e-4, result.PValue, 6);
    }

    [Fact]
    public void MannWhitney_SameSample_IsNotSignificant()
    {
        // Arrange
        double[] sample = [1, 2, 2, 3, 5, 8, 13];

        // Act
        var result = Statistics.MannWhitney(sample, sample);

        // Assert
        Assert.NotNull(result);
        Assert.Equal(1, result.PValue, 9);
    }

    [Theory]
    [InlineData(30, 10, 0.0022214337732293643)]
    [InlineData(10, 10, 1.0)]
    public void PoissonRate_EqualExposures_MatchesExactBinomial(long first, long second, double expected)
    {
        // Act
        var result = Statistics.PoissonRate(first, 30, second, 30);

        // Assert
        Assert.NotNull(result);
        Assert.Equal(expected, result.PValue, 9);
    }

    [Fact]
    public void Percentile_Interpolates_BetweenRanks()
    {
        // Act
        var median = Statistics.Percentile([1, 2, 3, 4], 0.5);

        // Assert
        Assert.Equal(2.5, median);
    }
}
