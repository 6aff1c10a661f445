namespace Kizuki.Analysis;

/// <summary>
/// Fits <see cref="GrowthModel"/> curves to cumulative bug counts by nonlinear least squares
/// (Levenberg–Marquardt with analytic derivatives). Time and counts are scaled to [0, 1]
/// before fitting so that one damping schedule suits any data; several starting points are
/// tried and the lowest residual kept, because a single start often stalls on a flat tail.
/// </summary>
internal static class GrowthCurveFitter
{
    private static readonly double[] StartA = [1.05, 1.5, 3];
    private static readonly double[] StartC = [1, 3, 8, 20];

    /// <summary>
    /// The best fit of <paramref name="model"/> to points (t in days, y cumulative), or null
    /// with fewer than 5 points, no growth, or no converging start.
    /// </summary>
    public static GrowthFit? Fit(GrowthModel model, IReadOnlyList<double> t, IReadOnlyList<double> y)
    {
        if (t.Count < 5 || t.Count != y.Count)
        {
            return null;
        }

        var t0 = t[0];
        var span = t[^1] - t0;
        var top = y.Max();
        if (span <= 0 || top <= 0 || y[0] >= top)
        {
            return null;
        }

        var s = t.Select(v => (v - t0) / span).ToArray();
        var v = y.Select(v => v / top).ToArray();
        (double[] P, double Sse)? best = null;
        foreach (var a in StartA)
        {
            foreach (var c in StartC)
            {
                var first = Math.Max(v[0], 1e-3 * a);
                var b = model == GrowthModel.Gompertz ? Math.Log(a / first) : a / first - 1;
                var fit = Solve(model, s, v, [a, Math.Max(b, 1e-3), c]);
                if (fit is { } found && (best is null || found.Sse < best.Value.Sse))
                {
                    best = found;
                }
            }
        }

        if (best is not { } result)
        {
            return null;
        }

        // Back to bugs and days: a scales with the counts, c with the time span; b is unitless.
        // The curve in s = (t − t0)/span is re-expressed in t − t0.
        var (sa, sb, sc) = (result.P[0] * top, result.P[1], result.P[2] / span);
        var mean = y.Average();
        var sst = y.Sum(value => (value - mean) * (value - mean));
        var sse = result.Sse * top * top;
        return new GrowthFit(
            model, sa, sb, sc, sst > 0 ? 1 - sse / sst : 0, Math.Sqrt(sse / y.Count), y[^1]);
    }

    private static (double[] P, double Sse)? Solve(GrowthModel model, double[] s, double[] v, double[] p)
    {
        var lambda = 1e-3;
        var sse = Sse(model, s, v, p);
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var (jtj, jtr) = Normal(model, s, v, p);
            var improved = false;
            while (lambda < 1e12)
            {
                var damped = (double[,])jtj.Clone();
                for (var i = 0; i < 3; i++)
                {
                    damped[i, i] += lambda * Math.Max(jtj[i, i], 1e-12);
                }

                if (Linear.Solve3(damped, jtr) is { } step)
                {
                    double[] next = [p[0] + step[0], p[1] + step[1], p[2] + step[2]];
                    if (next.All(x => x > 0 && double.IsFinite(x)) && Sse(model, s, v, next) is var trial
                        && trial < sse)
                    {
                        var done = (sse - trial) < 1e-14 * Math.Max(sse, 1e-300);
                        (p, sse, lambda, improved) = (next, trial, Math.Max(lambda / 10, 1e-12), true);
                        if (done)
                        {
                            return (p, sse);
                        }

                        break;
                    }
                }

                lambda *= 10;
            }

            if (!improved)
            {
                break;
            }
        }

        return double.IsFinite(sse) ? (p, sse) : null;
    }

    private static double Sse(GrowthModel model, double[] s, double[] v, double[] p)
    {
        var sum = 0.0;
        for (var i = 0; i < s.Length; i++)
        {
            var r = v[i] - GrowthFit.Evaluate(model, p[0], p[1], p[2], s[i]);
            sum += r * r;
        }

        return sum;
    }

    private static (double[,] JtJ, double[] JtR) Normal(GrowthModel model, double[] s, double[] v, double[] p)
    {
        var jtj = new double[3, 3];
        var jtr = new double[3];
        var (a, b, c) = (p[0], p[1], p[2]);
        for (var i = 0; i < s.Length; i++)
        {
            var e = Math.Exp(-c * s[i]);
            double[] row;
            double fitted;
            if (model == GrowthModel.Gompertz)
            {
                var g = Math.Exp(-b * e);
                fitted = a * g;
                row = [g, -a * g * e, a * g * b * s[i] * e];
            }
            else
            {
                var d = 1 + b * e;
                fitted = a / d;
                row = [1 / d, -a * e / (d * d), a * b * s[i] * e / (d * d)];
            }

            var r = v[i] - fitted;
            for (var j = 0; j < 3; j++)
            {
                jtr[j] += row[j] * r;
                for (var k = 0; k < 3; k++)
                {
                    jtj[j, k] += row[j] * row[k];
                }
            }
        }

        return (jtj, jtr);
    }
}
