namespace Kizuki.Analysis;

/// <summary>Small dense linear algebra for the curve fitter.</summary>
internal static class Linear
{
    /// <summary>Solves the 3×3 system m·x = r by Gaussian elimination with pivoting; null when singular.</summary>
    public static double[]? Solve3(double[,] m, double[] r)
    {
        var a = (double[,])m.Clone();
        var b = (double[])r.Clone();
        for (var col = 0; col < 3; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < 3; row++)
            {
                pivot = Math.Abs(a[row, col]) > Math.Abs(a[pivot, col]) ? row : pivot;
            }

            if (Math.Abs(a[pivot, col]) < 1e-300)
            {
                return null;
            }

            for (var k = 0; k < 3; k++)
            {
                (a[col, k], a[pivot, k]) = (a[pivot, k], a[col, k]);
            }

            (b[col], b[pivot]) = (b[pivot], b[col]);
            for (var row = col + 1; row < 3; row++)
            {
                var factor = a[row, col] / a[col, col];
                for (var k = col; k < 3; k++)
                {
                    a[row, k] -= factor * a[col, k];
                }

                b[row] -= factor * b[col];
            }
        }

        var x = new double[3];
        for (var row = 2; row >= 0; row--)
        {
            var sum = b[row];
            for (var k = row + 1; k < 3; k++)
            {
                sum -= a[row, k] * x[k];
            }

            x[row] = sum / a[row, row];
        }

        return x;
    }
}
