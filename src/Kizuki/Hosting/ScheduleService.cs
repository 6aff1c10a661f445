namespace Kizuki.Hosting;

/// <summary>
/// Runs each job at its cron times. Jobs run one at a time, so a slow sync delays the export
/// that follows it rather than overlapping it; a failed run is logged and the schedule goes on.
/// </summary>
internal sealed class ScheduleService : BackgroundService
{
    private readonly IReadOnlyList<ScheduledJob> _jobs;
    private readonly TimeProvider _time;
    private readonly ILogger<ScheduleService> _logger;

    /// <summary>Schedules <paramref name="jobs"/> on <paramref name="time"/>'s clock.</summary>
    public ScheduleService(IReadOnlyList<ScheduledJob> jobs, TimeProvider time, ILogger<ScheduleService> logger)
    {
        _jobs = jobs;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var now = _time.GetUtcNow();
        var next = _jobs.ToDictionary(j => j, j => j.NextAfter(now));
        foreach (var (job, at) in next)
        {
            Log.Scheduled(_logger, job.Name, job.Expression, job.Zone.Id, at?.ToString("O", null) ?? "never");
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var due = next.Where(p => p.Value is not null).OrderBy(p => p.Value).FirstOrDefault();
            if (due.Key is null)
            {
                return;
            }

            var wait = due.Value!.Value - _time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, stoppingToken);
            }

            await RunOnceAsync(due.Key, stoppingToken);
            next[due.Key] = due.Key.NextAfter(due.Value.Value);
        }
    }

    private async Task RunOnceAsync(ScheduledJob job, CancellationToken stoppingToken)
    {
        var started = _time.GetTimestamp();
        Log.JobStarting(_logger, job.Name);
        try
        {
            await job.Run(stoppingToken);
            Log.JobFinished(_logger, job.Name, (long)_time.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The service must outlive one bad night: the next run may well succeed.
            Log.JobFailed(_logger, ex, job.Name);
        }
    }
}
