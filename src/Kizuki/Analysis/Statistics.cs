namespace Kizuki.Analysis;

/// <summary>
/// The significance tests the trend report uses, with the special functions they need. Each
/// returns a two-sided p-value; the report flags p &lt; 0.05 and names the test.
/// </summary>
internal static partial class Statistics
{
    /// <summary>The level below which a change is flagged.</summary>
    public const double Alpha = 0.05;

    /// <summary>
    /// Pearson's chi-square test of homogeneity on a rows × columns table of counts. Empty rows
    /// and columns are dropped; columns with an expected count below 5 are pooled into one (the
    /// usual rule for the approximation). Null when fewer than two rows or columns remain, or
    /// when even the pooled column expects fewer than 5: nothing is claimed then.
    /// </summary>
    public static TestResult? ChiSquare(long[][] table)
    {
        var rows = table.Where(r => r.Sum() > 0).ToList();
        var columns = Enumerable.Range(0, table[0].Length).Where(c => rows.Sum(r => r[c]) > 0).ToList();
        if (rows.Count < 2 || columns.Count < 2)
        {
            return null;
        }

        double total = rows.Sum(r => columns.Sum(c => r[c]));
        var rowTotals = rows.Select(r => (double)columns.Sum(c => r[c])).ToList();
        bool Small(IEnumerable<int> group) => rowTotals.Any(rt => rt * group.Sum(c => rows.Sum(r => r[c])) / total < 5);
        var small = columns.Where(c => Small([c])).ToList();
        var groups = columns.Except(small).Select(c => new List<int> { c }).ToList();
        if (small.Count > 0)
        {
            if (Small(small))
            {
                return null;
            }

            groups.Add(small);
        }

        if (groups.Count < 2)
        {
            return null;
        }

        var statistic = 0.0;
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var group in groups)
            {
                double observed = group.Sum(c => rows[i][c]);
                var expected = rowTotals[i] * group.Sum(c => rows.Sum(r => r[c])) / total;
                statistic += (observed - expected) * (observed - expected) / expected;
            }
        }

        var df = (rows.Count - 1) * (groups.Count - 1);
        return new TestResult("chi-square", statistic, RegularizedGammaQ(df / 2.0, statistic / 2));
    }

    /// <summary>
    /// Mann–Whitney U (Wilcoxon rank-sum) with the normal approximation, tie-corrected. Null
    /// when either sample has fewer than 5 values.
    /// </summary>
    public static TestResult? MannWhitney(IReadOnlyList<double> first, IReadOnlyList<double> second)
    {
        if (first.Count < 5 || second.Count < 5)
        {
            return null;
        }

        var all = first.Select(v => (Value: v, First: true)).Concat(second.Select(v => (Value: v, First: false)))
            .OrderBy(p => p.Value).ToArray();
        double n1 = first.Count, n2 = second.Count, n = all.Length;
        var rankSum = 0.0;
        var tieTerm = 0.0;
        for (var i = 0; i < all.Length;)
        {
            var j = i;
            while (j + 1 < all.Length && all[j + 1].Value == all[i].Value)
            {
                j++;
            }

            var rank = (i + j + 2) / 2.0;
            double ties = j - i + 1;
            tieTerm += ties * ties * ties - ties;
            for (var k = i; k <= j; k++)
            {
                rankSum += all[k].First ? rank : 0;
            }

            i = j + 1;
        }

        var u = rankSum - n1 * (n1 + 1) / 2;
        var sigma = Math.Sqrt(n1 * n2 / 12 * (n + 1 - tieTerm / (n * (n - 1))));
        if (sigma == 0)
        {
            return null;
        }

        var z = (u - n1 * n2 / 2) / sigma;
        return new TestResult("Mann–Whitney U", u, Erfc(Math.Abs(z) / Math.Sqrt(2)));
    }

    /// <summary>
    /// Compares two Poisson rates (counts over exposures such as days) with the conditional
    /// binomial test: given the total, the first count is binomial with p = t1 / (t1 + t2).
    /// Exact, two-sided (sum of outcomes no more likely than the one seen).
    /// </summary>
    public static TestResult? PoissonRate(long count1, double exposure1, long count2, double exposure2)
    {
        var n = count1 + count2;
        if (n == 0 || exposure1 <= 0 || exposure2 <= 0)
        {
            return null;
        }

        var p = exposure1 / (exposure1 + exposure2);
        var observed = LogBinomial(n, count1, p);
        var sum = 0.0;
        for (long k = 0; k <= n; k++)
        {
            var log = LogBinomial(n, k, p);
            if (log <= observed + 1e-7)
            {
                sum += Math.Exp(log);
            }
        }

        return new TestResult("Poisson rate (conditional binomial)", count1 / exposure1, Math.Min(1, sum));
    }

    /// <summary>The <paramref name="q"/> quantile (0..1) by linear interpolation; NaN when empty.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double q)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var position = q * (sorted.Count - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
    }

    private static double LogBinomial(long n, long k, double p) =>
        LogGamma(n + 1) - LogGamma(k + 1) - LogGamma(n - k + 1) + k * Math.Log(p) + (n - k) * Math.Log(1 - p);
}
