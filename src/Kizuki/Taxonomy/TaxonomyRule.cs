using System.Text.RegularExpressions;
using Kizuki.Model;

namespace Kizuki.Taxonomy;

/// <summary>One compiled rule: a field of an issue, a pattern, and the value a match gives.</summary>
internal sealed class TaxonomyRule
{
    private readonly Regex _pattern;
    private readonly string? _value;

    /// <summary>Compiles a rule; an exact name becomes an anchored, escaped pattern.</summary>
    public TaxonomyRule(string field, string? exact, string? regex, string? value)
    {
        Field = field;
        Pattern = exact ?? regex ?? string.Empty;
        var text = exact is not null ? "^" + Regex.Escape(exact) + "$" : regex!;
        _pattern = new Regex(
            text,
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromMilliseconds(100));
        _value = value;
    }

    /// <summary>The field this rule reads.</summary>
    public string Field { get; }

    /// <summary>The pattern as written, for explaining a match.</summary>
    public string Pattern { get; }

    /// <summary>The values this rule gives for <paramref name="defect"/> (one per matching label).</summary>
    public IEnumerable<string> Apply(Defect defect)
    {
        foreach (var candidate in Candidates(defect))
        {
            var match = _pattern.Match(candidate);
            if (!match.Success)
            {
                continue;
            }

            var value = _value is not null
                ? match.Result(_value)
                : match.Groups.Count > 1 ? match.Groups[1].Value : match.Value;
            if (value.Trim() is { Length: > 0 } trimmed)
            {
                yield return trimmed;
            }
        }
    }

    private IEnumerable<string> Candidates(Defect defect)
    {
        string? single = Field switch
        {
            "label" => null,
            "type" => defect.Type,
            "priority" => defect.Priority,
            "status" => defect.Status,
            "resolution" => defect.Resolution,
            "component" => defect.Component,
            "milestone" => defect.Milestone,
            "assignee" => defect.Assignee,
            "state" => defect.State == IssueState.Closed ? "closed" : "open",
            _ => defect.Fields.TryGetValue(Field, out var custom) ? custom : null,
        };

        return Field == "label" ? defect.Labels : single is null ? [] : [single];
    }
}
