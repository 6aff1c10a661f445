using System.Globalization;
using System.Text.RegularExpressions;

namespace Kizuki.Analysis;

/// <summary>A calendar month (<c>2024-03</c>) or quarter (<c>2024-Q1</c>) in the team's zone.</summary>
/// <param name="Start">First day.</param>
/// <param name="End">The day after the last.</param>
/// <param name="IsQuarter">True for a quarter.</param>
internal sealed partial record ReportPeriod(DateOnly Start, DateOnly End, bool IsQuarter)
{
    /// <summary>Its length in days.</summary>
    public int Days => End.DayNumber - Start.DayNumber;

    /// <summary>The period of the same kind just before this one.</summary>
    public ReportPeriod Previous => new(Start.AddMonths(IsQuarter ? -3 : -1), Start, IsQuarter);

    /// <summary>The name as written in URLs: <c>2024-03</c> or <c>2024-Q1</c>.</summary>
    public string Name => IsQuarter
        ? string.Create(CultureInfo.InvariantCulture, $"{Start.Year}-Q{(Start.Month - 1) / 3 + 1}")
        : Start.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>True when <paramref name="day"/> (a day number) falls inside.</summary>
    public bool Contains(int day) => day >= Start.DayNumber && day < End.DayNumber;

    /// <summary>Reads <c>yyyy-MM</c> or <c>yyyy-Qn</c>; null when it is neither.</summary>
    public static ReportPeriod? Parse(string? text)
    {
        if (text is null || Pattern().Match(text.Trim()) is not { Success: true } match)
        {
            return null;
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        if (match.Groups[2].Success)
        {
            var quarter = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            var start = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
            return new ReportPeriod(start, start.AddMonths(3), true);
        }

        var month = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return null;
        }

        var first = new DateOnly(year, month, 1);
        return new ReportPeriod(first, first.AddMonths(1), false);
    }

    /// <summary>The month (or quarter) holding <paramref name="day"/>.</summary>
    public static ReportPeriod Of(DateOnly day, bool quarter)
    {
        var start = quarter
            ? new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1)
            : new DateOnly(day.Year, day.Month, 1);
        return new ReportPeriod(start, start.AddMonths(quarter ? 3 : 1), quarter);
    }

    [GeneratedRegex(@"^(\d{4})-(?:[Qq]([1-4])|(\d{2}))$")]
    private static partial Regex Pattern();
}
