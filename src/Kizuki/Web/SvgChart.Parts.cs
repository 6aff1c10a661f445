using System.Globalization;
using System.Text;

namespace Kizuki.Web;

/// <content>Axes, labels, legend, the growth chart.</content>
internal static partial class SvgChart
{
    /// <summary>Observed cumulative counts as dots and each fitted curve as a line, 25% past the data.</summary>
    public static string Growth(
        string title,
        IReadOnlyList<(double Day, double Cumulative)> points,
        IReadOnlyList<(string Name, Func<double, double> Curve)> curves,
        DateOnly start)
    {
        var svg = Open(title);
        var lastDay = points.Count == 0 ? 1 : points[^1].Day * 1.25;
        var max = NiceMax(points.Select(p => p.Cumulative)
            .Concat(curves.Select(c => c.Curve(lastDay))).Where(double.IsFinite).DefaultIfEmpty(1).Max());
        LeftAxis(svg, max, false);
        double X(double day) => Left + (Width - Left - Right) * day / lastDay;
        foreach (var (day, cumulative) in points)
        {
            svg.Append($"<circle cx=\"{C(X(day))}\" cy=\"{C(Y(cumulative, max))}\" r=\"2\" fill=\"#555\"/>");
        }

        for (var c = 0; c < curves.Count; c++)
        {
            var path = new StringBuilder();
            for (var step = 0; step <= 100; step++)
            {
                var day = lastDay * step / 100;
                path.Append(step == 0 ? "M" : "L").Append(C(X(day))).Append(',')
                    .Append(C(Y(curves[c].Curve(day), max)));
            }

            svg.Append($"<path d=\"{path}\" fill=\"none\" stroke=\"{Palette[(c + 1) % Palette.Length]}\" ")
                .Append("stroke-width=\"2\"/>");
        }

        for (var tick = 0; tick <= 4; tick++)
        {
            var day = lastDay * tick / 4;
            var text = Html.Day(start.AddDays((int)day));
            svg.Append($"<text x=\"{C(X(day))}\" y=\"{Height - Bottom + 16}\" font-size=\"11\" ")
                .Append($"text-anchor=\"middle\" fill=\"#444\">{text}</text>");
        }

        Legend(svg, [.. curves.Select(c => c.Name)], 1);
        return Close(svg);
    }

    private static StringBuilder Open(string title) => new StringBuilder()
        .Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" ")
        .Append($"width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{Html.Text(title)}\" ")
        .Append("font-family=\"'Noto Sans CJK JP','Noto Sans JP','Hiragino Sans','Yu Gothic',sans-serif\">")
        .Append($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"#ffffff\"/>");

    private static string Close(StringBuilder svg) => svg.Append("</svg>").ToString();

    private static void LeftAxis(StringBuilder svg, double max, bool percent)
    {
        for (var tick = 0; tick <= 4; tick++)
        {
            var value = max * tick / 4;
            var y = Y(value, max);
            svg.Append($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{C(y)}\" y2=\"{C(y)}\" stroke=\"#e3e6ea\"/>")
                .Append($"<text x=\"{Left - 6}\" y=\"{C(y + 4)}\" font-size=\"11\" text-anchor=\"end\" fill=\"#444\">")
                .Append(percent ? Html.Percent(value) : Html.Number(value, 0)).Append("</text>");
        }
    }

    private static void RightAxis(StringBuilder svg, double max, string color, bool percent)
    {
        for (var tick = 0; tick <= 4; tick++)
        {
            var value = max * tick / 4;
            svg.Append($"<text x=\"{Width - Right + 6}\" y=\"{C(Y(value, max) + 4)}\" font-size=\"11\" ")
                .Append($"fill=\"{color}\">")
                .Append(percent
                    ? (value * 100).ToString("0", CultureInfo.InvariantCulture) + "%"
                    : Html.Number(value, 0))
                .Append("</text>");
        }
    }

    private static void XLabels(StringBuilder svg, IReadOnlyList<string> labels, double slot)
    {
        // Every label when they fit, else evenly spaced ones; the table beside holds them all.
        var every = Math.Max(1, (int)Math.Ceiling(labels.Count * 64.0 / (Width - Left - Right)));
        for (var i = 0; i < labels.Count; i += every)
        {
            var x = Left + (i + 0.5) * slot;
            var text = labels[i].Length > 14 ? labels[i][..13] + "…" : labels[i];
            svg.Append($"<text x=\"{C(x)}\" y=\"{Height - Bottom + 16}\" font-size=\"11\" text-anchor=\"middle\" ")
                .Append($"fill=\"#444\">{Html.Text(text)}</text>");
        }
    }

    private static void Legend(StringBuilder svg, IReadOnlyList<string> names, int firstColor = 0)
    {
        var x = Left;
        for (var i = 0; i < names.Count; i++)
        {
            var color = Palette[(i + firstColor) % Palette.Length];
            svg.Append($"<rect x=\"{x}\" y=\"{Height - 22}\" width=\"12\" height=\"12\" fill=\"{color}\"/>")
                .Append($"<text x=\"{x + 16}\" y=\"{Height - 12}\" font-size=\"12\" fill=\"#222\">")
                .Append(Html.Text(names[i])).Append("</text>");
            x += 24 + names[i].Length * 9;
        }
    }

    private static double NiceMax(double value)
    {
        if (value <= 0 || !double.IsFinite(value))
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in (double[])[1, 2, 2.5, 4, 5, 10])
        {
            if (step * magnitude >= value)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }
}
