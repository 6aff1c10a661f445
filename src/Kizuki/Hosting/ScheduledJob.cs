using Cronos;

namespace Kizuki.Hosting;

/// <summary>A named piece of work and the cron expression (in a time zone) that starts it.</summary>
internal sealed class ScheduledJob
{
    private readonly CronExpression _cron;

    /// <summary>
    /// Parses <paramref name="cron"/>: five fields (minute precision) or six (with seconds first).
    /// </summary>
    /// <exception cref="CronFormatException">The expression is malformed.</exception>
    public ScheduledJob(string name, string cron, TimeZoneInfo zone, Func<CancellationToken, Task> run)
    {
        Name = name;
        Zone = zone;
        Run = run;
        var format = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6
            ? CronFormat.IncludeSeconds
            : CronFormat.Standard;
        _cron = CronExpression.Parse(cron, format);
        Expression = cron;
    }

    /// <summary>sync or export, for logs.</summary>
    public string Name { get; }

    /// <summary>The expression as configured.</summary>
    public string Expression { get; }

    /// <summary>The zone the expression is read in.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>The work.</summary>
    public Func<CancellationToken, Task> Run { get; }

    /// <summary>
    /// The first start strictly after <paramref name="after"/>, or null if the expression never fires again.
    /// </summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after) =>
        _cron.GetNextOccurrence(after, Zone, inclusive: false);
}
