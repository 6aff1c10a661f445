using System.Globalization;
using Kizuki.Model;

namespace Kizuki.Bench;

/// <summary>Deterministic synthetic issues shaped like a busy tracker's: labels, priorities, dates.</summary>
internal static class SyntheticIssues
{
    private static readonly string[] LabelPool =
    [
        "bug", "enhancement", "不具合", "原因:仕様漏れ", "原因:実装ミス",
        "検出工程:結合テスト", "production",
        "component:auth", "component:billing", "severity:high", "question",
    ];

    private static readonly string[] Priorities = ["Blocker", "Critical", "Major", "Minor", "Trivial"];

    public static async IAsyncEnumerable<Defect> Generate(int count)
    {
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var random = new Random(42);
        for (var i = 0; i < count; i++)
        {
            var created = start.AddMinutes(random.Next(0, 60 * 24 * 365 * 5));
            var closed = random.Next(3) == 0 ? (DateTimeOffset?)null : created.AddHours(random.Next(1, 24 * 90));
            yield return new Defect
            {
                Source = "bench:synthetic",
                Key = i.ToString(CultureInfo.InvariantCulture),
                Title = "Synthetic issue " + i.ToString(CultureInfo.InvariantCulture),
                State = closed is null ? IssueState.Open : IssueState.Closed,
                CreatedAt = created,
                ClosedAt = closed,
                UpdatedAt = closed ?? created,
                Priority = Priorities[random.Next(Priorities.Length)],
                Labels = [LabelPool[random.Next(LabelPool.Length)], LabelPool[random.Next(LabelPool.Length)]],
            };

            if (i % 10_000 == 0)
            {
                await Task.Yield();
            }
        }
    }
}
