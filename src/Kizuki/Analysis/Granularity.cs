namespace Kizuki.Analysis;

/// <summary>The width of one bucket on the dashboard's time axis.</summary>
internal enum Granularity
{
    /// <summary>Calendar days in the team's zone.</summary>
    Day,

    /// <summary>ISO weeks, Monday first.</summary>
    Week,

    /// <summary>Calendar months.</summary>
    Month,
}
