using System.Text;
using Kizuki.Model;
using Kizuki.Store;
using Kizuki.Taxonomy;

namespace Kizuki.Analysis;

/// <summary>
/// Reads every issue once and builds a <see cref="DefectIndex"/>. Meeting decisions fill the
/// dimensions the labels leave empty, so a decision counts at once even before the tracker
/// has the label (or when no write token is configured); a label always wins over a decision.
/// </summary>
internal static partial class DefectIndexBuilder
{
    /// <summary>Builds the index of everything in <paramref name="store"/>.</summary>
    public static async Task<DefectIndex> BuildAsync(
        IDefectStore store,
        DefectTaxonomy taxonomy,
        TimeZoneInfo zone,
        CancellationToken cancellationToken)
    {
        var revision = await store.GetRevisionAsync(cancellationToken);
        var decided = (await store.ListDecisionsAsync(null, cancellationToken))
            .GroupBy(d => d.DefectId)
            .ToDictionary(g => g.Key, g => g.ToList());
        var dimensions = taxonomy.Dimensions.Where(d => d.Id != DefectTaxonomy.DefectDimension).ToList();
        var capacity = (int)Math.Min(int.MaxValue, await store.CountAsync(null, cancellationToken));
        var columns = new Columns(capacity);
        var classes = new List<IssueClass>();
        var classByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var sources = new List<string>();
        var key = new StringBuilder();

        await foreach (var defect in store.ReadAsync(null, cancellationToken))
        {
            decided.TryGetValue(defect.Id, out var decisions);
            ClassKey(key, defect, decisions);
            var text = key.ToString();
            if (!classByKey.TryGetValue(text, out var classIndex))
            {
                classIndex = classes.Count;
                classes.Add(Classify(taxonomy, dimensions, defect, decisions));
                classByKey[text] = classIndex;
            }

            var source = sources.IndexOf(defect.Source);
            if (source < 0)
            {
                source = sources.Count;
                sources.Add(defect.Source);
            }

            columns.Add(defect, source, classIndex, zone);
        }

        return columns.ToIndex(taxonomy, dimensions, zone, revision, [.. sources], classes);
    }

    private static IssueClass Classify(
        DefectTaxonomy taxonomy,
        List<Dimension> dimensions,
        Defect defect,
        List<Decision>? decisions)
    {
        var classification = taxonomy.Classify(defect);
        var values = new string[dimensions.Count][];
        var missing = 0;
        for (var i = 0; i < dimensions.Count; i++)
        {
            var found = classification[dimensions[i].Id].Values;
            values[i] = found.Count > 0
                ? [.. found]
                : [.. decisions?.Where(d => d.Dimension == dimensions[i].Id).Select(d => d.Value).Distinct() ?? []];
            if (values[i].Length == 0)
            {
                missing |= 1 << i;
            }
        }

        return new IssueClass(DefectTaxonomy.IsDefect(classification), values, missing);
    }

    private static void ClassKey(StringBuilder key, Defect defect, List<Decision>? decisions)
    {
        key.Clear();
        foreach (var label in defect.Labels)
        {
            key.Append(label).Append('\u001f');
        }

        key.Append('\u001e').Append(defect.Type).Append('\u001e').Append(defect.Priority)
            .Append('\u001e').Append(defect.Status).Append('\u001e').Append(defect.Resolution)
            .Append('\u001e').Append(defect.Component).Append('\u001e').Append(defect.Milestone)
            .Append('\u001e').Append(defect.Assignee).Append('\u001e')
            .Append(defect.State == IssueState.Closed ? 'c' : 'o');
        foreach (var (name, value) in defect.Fields)
        {
            key.Append('\u001e').Append(name).Append('=').Append(value);
        }

        foreach (var decision in decisions ?? [])
        {
            key.Append('\u001d').Append(decision.Dimension).Append('=').Append(decision.Value);
        }
    }
}
