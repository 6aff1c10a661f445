namespace Kizuki.Analysis;

/// <content>The Pareto, phase, escape and distribution tables.</content>
internal static partial class ReportCalculator
{
    private static List<ParetoRow> Pareto(DefectIndex index, List<int> issues)
    {
        var counts = Count(index, "cause", issues).Where(p => p.Key != DashboardCalculator.NoValue)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        double total = counts.Sum(p => p.Value);
        double running = 0;
        var rows = new List<ParetoRow>(counts.Count);
        foreach (var (cause, count) in counts)
        {
            running += count;
            rows.Add(new ParetoRow(cause, count, running / total));
        }

        return rows;
    }

    private static PhaseMatrix Phases(DefectIndex index, List<int> issues)
    {
        var injected = index.DimensionIndex("injected_phase");
        var detected = index.DimensionIndex("detected_phase");
        var pairs = new Dictionary<(string, string), long>();
        foreach (var i in issues)
        {
            var values = index.Classes[index.ClassOf[i]].Values;
            var from = injected < 0 || values[injected].Length == 0 ? DashboardCalculator.NoValue : values[injected][0];
            var at = detected < 0 || values[detected].Length == 0 ? DashboardCalculator.NoValue : values[detected][0];
            pairs[(from, at)] = pairs.GetValueOrDefault((from, at)) + 1;
        }

        var rows = Ordered(index, "injected_phase", pairs.Keys.Select(k => k.Item1));
        var columns = Ordered(index, "detected_phase", pairs.Keys.Select(k => k.Item2));
        var counts = rows.Select(r => columns.Select(c => pairs.GetValueOrDefault((r, c))).ToArray()).ToArray();
        return new PhaseMatrix(rows, columns, counts);
    }

    private static EscapeRate Escape(DefectIndex index, List<int> current, List<int> before)
    {
        var detected = index.DimensionIndex("detected_phase");
        long Escaped(List<int> issues) => detected < 0 ? 0 : issues.LongCount(
            i => index.Classes[index.ClassOf[i]].Values[detected].Any(ProductionValues.Contains));
        var (now, then) = (Escaped(current), Escaped(before));
        var test = Statistics.ChiSquare([[now, current.Count - now], [then, before.Count - then]]);
        return new EscapeRate(now, current.Count, then, before.Count, test);
    }

    private static Distribution Distribution(DefectIndex index, string dimension, List<int> current, List<int> before)
    {
        var now = Count(index, dimension, current);
        var then = Count(index, dimension, before);
        var values = Ordered(index, dimension, now.Keys.Concat(then.Keys));
        var rows = values.Select(v => (v, now.GetValueOrDefault(v), then.GetValueOrDefault(v))).ToList();
        var test = Statistics.ChiSquare(
            [[.. rows.Select(r => r.Item2)], [.. rows.Select(r => r.Item3)]]);
        return new Distribution(rows, test);
    }

    private static Dictionary<string, long> Count(DefectIndex index, string dimension, List<int> issues)
    {
        var d = index.DimensionIndex(dimension);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var i in issues)
        {
            var values = d < 0 ? [] : index.Classes[index.ClassOf[i]].Values[d];
            foreach (var value in values.Length == 0 ? [DashboardCalculator.NoValue] : values)
            {
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }

        return counts;
    }

    // The taxonomy's choices first in their own order (phases read left to right), then the
    // rest alphabetically, "(none)" last.
    private static List<string> Ordered(DefectIndex index, string dimension, IEnumerable<string> values)
    {
        var choices = index.Dimensions.FirstOrDefault(d => d.Id == dimension)?.Choices ?? [];
        return [.. values.Distinct(StringComparer.Ordinal)
            .OrderBy(v => v == DashboardCalculator.NoValue ? 2 : choices.Contains(v) ? 0 : 1)
            .ThenBy(v => choices.Contains(v) ? choices.ToList().IndexOf(v) : 0)
            .ThenBy(v => v, StringComparer.Ordinal)];
    }
}
