using System.Text;

namespace Kizuki.Web;

/// <summary>
/// Small server-drawn SVG charts. Colours and fonts are attributes, not CSS, so the PNG
/// download (the SVG drawn onto a canvas) looks like the page. Labels are escaped like page text.
/// </summary>
internal static partial class SvgChart
{
    /// <summary>Series colours, chosen to stay apart for common colour blindness.</summary>
    public static readonly string[] Palette = ["#2f6fb3", "#e08a1e", "#3c9a5f", "#c2474a", "#7a5ba8", "#8c6d46"];

    private const int Width = 680;
    private const int Height = 300;
    private const int Left = 56;
    private const int Right = 56;
    private const int Top = 28;
    private const int Bottom = 64;

    /// <summary>Vertical grouped bars, one group per label, one bar per series.</summary>
    public static string Bars(
        string title,
        IReadOnlyList<string> labels,
        IReadOnlyList<(string Name, double[] Values)> series)
    {
        var svg = Open(title);
        var max = NiceMax(series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        LeftAxis(svg, max, false);
        var slot = (Width - Left - Right) / (double)Math.Max(1, labels.Count);
        var bar = Math.Max(1, slot * 0.8 / series.Count);
        for (var i = 0; i < labels.Count; i++)
        {
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[i];
                var h = Y(0, max) - Y(value, max);
                var x = Left + i * slot + slot * 0.1 + s * bar;
                svg.Append($"<rect x=\"{C(x)}\" y=\"{C(Y(value, max))}\" width=\"{C(bar)}\" height=\"{C(h)}\" ")
                    .Append($"fill=\"{Palette[s % Palette.Length]}\"><title>{Html.Text(labels[i])}: ")
                    .Append($"{Html.Number(value, 0)}</title></rect>");
            }
        }

        XLabels(svg, labels, slot);
        Legend(svg, series.Select(s => s.Name).ToList());
        return Close(svg);
    }

    /// <summary>Created and closed as bars against the left axis, open as a line against the right.</summary>
    public static string Timeline(
        string title,
        IReadOnlyList<string> labels,
        double[] created,
        double[] closed,
        double[] open,
        IReadOnlyList<string> names)
    {
        var svg = Open(title);
        var max = NiceMax(created.Concat(closed).DefaultIfEmpty(0).Max());
        var openMax = NiceMax(open.DefaultIfEmpty(0).Max());
        LeftAxis(svg, max, false);
        RightAxis(svg, openMax, Palette[2], false);
        var slot = (Width - Left - Right) / (double)Math.Max(1, labels.Count);
        var bar = Math.Max(0.5, slot * 0.4);
        var line = new StringBuilder();
        for (var i = 0; i < labels.Count; i++)
        {
            var x = Left + i * slot + slot * 0.1;
            svg.Append($"<rect x=\"{C(x)}\" y=\"{C(Y(created[i], max))}\" width=\"{C(bar)}\" ")
                .Append($"height=\"{C(Y(0, max) - Y(created[i], max))}\" fill=\"{Palette[0]}\"/>")
                .Append($"<rect x=\"{C(x + bar)}\" y=\"{C(Y(closed[i], max))}\" width=\"{C(bar)}\" ")
                .Append($"height=\"{C(Y(0, max) - Y(closed[i], max))}\" fill=\"{Palette[1]}\"/>");
            line.Append(i == 0 ? "M" : "L").Append(C(Left + (i + 0.5) * slot)).Append(',')
                .Append(C(Y(open[i], openMax)));
        }

        svg.Append($"<path d=\"{line}\" fill=\"none\" stroke=\"{Palette[2]}\" stroke-width=\"2.5\"/>");
        XLabels(svg, labels, slot);
        Legend(svg, names);
        return Close(svg);
    }

    /// <summary>Bars sorted by the caller, with the cumulative share as a line on a 0–100% axis.</summary>
    public static string Pareto(string title, IReadOnlyList<string> labels, double[] counts, double[] shares)
    {
        var svg = Open(title);
        var max = NiceMax(counts.DefaultIfEmpty(0).Max());
        LeftAxis(svg, max, false);
        RightAxis(svg, 1, Palette[3], true);
        var slot = (Width - Left - Right) / (double)Math.Max(1, labels.Count);
        var line = new StringBuilder();
        for (var i = 0; i < labels.Count; i++)
        {
            var x = Left + i * slot + slot * 0.15;
            svg.Append($"<rect x=\"{C(x)}\" y=\"{C(Y(counts[i], max))}\" width=\"{C(slot * 0.7)}\" ")
                .Append($"height=\"{C(Y(0, max) - Y(counts[i], max))}\" fill=\"{Palette[0]}\"/>");
            line.Append(i == 0 ? "M" : "L").Append(C(Left + (i + 0.5) * slot)).Append(',').Append(C(Y(shares[i], 1)));
        }

        svg.Append($"<path d=\"{line}\" fill=\"none\" stroke=\"{Palette[3]}\" stroke-width=\"2.5\"/>");
        XLabels(svg, labels, slot);
        return Close(svg);
    }

    private static string C(double value) => Html.Coordinate(value);

    private static double Y(double value, double max) =>
        Top + (Height - Top - Bottom) * (1 - (max <= 0 ? 0 : Math.Min(value, max) / max));
}
