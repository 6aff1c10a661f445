using Kizuki.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kizuki.Tests.Hosting;

public sealed class ScheduleServiceTests
{
    [Theory]
    [InlineData("2026-12-03T20:59:00Z", "2026-12-03T21:00:00Z")]
    [InlineData("2026-12-03T21:00:00Z", "2026-12-04T21:00:00Z")]
    [InlineData("2026-12-03T06:00:00Z", "2026-12-03T21:00:00Z")]
    public void NextAfter_SixOClockTokyo_IsNinePmUtcTheDayBefore(string now, string expected)
    {
        // Arrange
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var job = new ScheduledJob("sync", "0 6 * * *", tokyo, _ => Task.CompletedTask);

        // Act
        var next = job.NextAfter(DateTimeOffset.Parse(now, null));

        // Assert
        Assert.Equal(DateTimeOffset.Parse(expected, null), next);
    }

    [Fact]
    public void NextAfter_DaylightSavingZone_FollowsLocalClock()
    {
        // Arrange: New York switches to summer time on 2026-03-08.
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var job = new ScheduledJob("export", "0 6 * * *", newYork, _ => Task.CompletedTask);

        // Act
        var beforeSwitch = job.NextAfter(new DateTimeOffset(2026, 3, 6, 12, 0, 0, TimeSpan.Zero));
        var afterSwitch = job.NextAfter(new DateTimeOffset(2026, 3, 8, 12, 0, 0, TimeSpan.Zero));

        // Assert
        Assert.Equal(new DateTimeOffset(2026, 3, 7, 11, 0, 0, TimeSpan.Zero), beforeSwitch);
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 10, 0, 0, TimeSpan.Zero), afterSwitch);
    }

    [Fact]
    public async Task Execute_EverySecondJobThatFailsOnce_KeepsRunning()
    {
        // Arrange
        var runs = 0;
        var twice = new TaskCompletionSource();
        var job = new ScheduledJob("flaky", "* * * * * *", TimeZoneInfo.Utc, _ =>
        {
            if (Interlocked.Increment(ref runs) == 2)
            {
                twice.TrySetResult();
            }

            return runs == 1 ? throw new InvalidOperationException("first run fails") : Task.CompletedTask;
        });
        using var service = new ScheduleService([job], TimeProvider.System, NullLogger<ScheduleService>.Instance);

        // Act
        await service.StartAsync(CancellationToken.None);
        var finished = await Task.WhenAny(twice.Task, Task.Delay(TimeSpan.FromSeconds(10)));
        await service.StopAsync(CancellationToken.None);

        // Assert
        Assert.Same(twice.Task, finished);
    }
}
