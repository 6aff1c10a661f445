using Kizuki.Analysis;
using Kizuki.Model;

namespace Kizuki.Web;

/// <summary>
/// The bugs a meeting goes through: created or changed since the previous meeting began, and
/// lacking a dimension, plus any it has already decided on (so a bug does not vanish from under
/// the cursor once classified). Newest first.
/// </summary>
internal static class MeetingAgenda
{
    /// <summary>Store ids of the agenda, in order.</summary>
    public static List<long> Of(DefectIndex index, Meeting meeting, IReadOnlyList<Decision> decisions)
    {
        var since = meeting.Since?.UtcTicks ?? long.MinValue;
        var decided = decisions.Select(d => d.DefectId).ToHashSet();
        var picked = new List<int>();
        for (var i = 0; i < index.Count; i++)
        {
            var issueClass = index.Classes[index.ClassOf[i]];
            if (!issueClass.IsDefect || (index.UpdatedTicks[i] <= since && index.CreatedTicks[i] <= since))
            {
                continue;
            }

            if (issueClass.MissingMask != 0 || decided.Contains(index.Ids[i]))
            {
                picked.Add(i);
            }
        }

        return [.. picked.OrderByDescending(i => index.CreatedTicks[i]).ThenByDescending(i => index.Ids[i])
            .Select(i => index.Ids[i])];
    }

    /// <summary>The values offered for a dimension: its configured choices, else its nine commonest values.</summary>
    public static IReadOnlyList<string> Choices(DefectIndex index, int dimension)
    {
        if (index.Dimensions[dimension].Choices is { Count: > 0 } configured)
        {
            return [.. configured.Take(9)];
        }

        var perClass = new long[index.Classes.Count];
        foreach (var c in index.ClassOf)
        {
            perClass[c]++;
        }

        return [.. index.Classes.SelectMany((c, i) => c.Values[dimension].Select(v => (Value: v, Count: perClass[i])))
            .GroupBy(p => p.Value, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(p => p.Count)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(9).Select(g => g.Key)];
    }
}
