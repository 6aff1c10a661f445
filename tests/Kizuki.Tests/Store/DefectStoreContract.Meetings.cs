using Kizuki.Model;
using Kizuki.Tests.Fixtures;

namespace Kizuki.Tests.Store;

/// <content>Meetings, decisions, issue text and the revision counter.</content>
public abstract partial class DefectStoreContract
{
    [Fact]
    public async Task StartMeeting_AfterAnother_AgendaStartsAtPreviousStart()
    {
        // Arrange
        var first = await Store.StartMeetingAsync("qa-tanaka", Monday, default);

        // Act
        var second = await Store.StartMeetingAsync("qa-sato", Monday.AddDays(7), default);
        await Store.EndMeetingAsync(second.Id, Monday.AddDays(7).AddHours(1), default);

        // Assert
        Assert.Null(first.Since);
        Assert.Equal(Monday, second.Since);
        var stored = await Store.GetMeetingAsync(second.Id, default);
        var ended = Monday.AddDays(7).AddHours(1);
        Assert.Equal(new Meeting(second.Id, Monday.AddDays(7), "qa-sato", Monday, ended), stored);
        Assert.Equal([second.Id, first.Id], (await Store.ListMeetingsAsync(10, default)).Select(m => m.Id));
    }

    [Fact]
    public async Task AddDecision_WithWriteResult_ReadsBackWhoWhenAndStatus()
    {
        // Arrange
        var withText = Issue("1", Monday, ["bug"]) with { Body = "steps: 1. 保存 2. 😱" };
        await Store.WriteAsync(One(withText), null, null, default);
        var defect = Assert.Single(await Store.AllAsync());
        var meeting = await Store.StartMeetingAsync("qa-tanaka", Monday, default);
        var revision = await Store.GetRevisionAsync(default);

        // Act
        var decision = await Store.AddDecisionAsync(
            new Decision
            {
                MeetingId = meeting.Id,
                DefectId = defect.Id,
                Dimension = "cause",
                Value = "仕様漏れ",
                DecidedBy = "qa-tanaka",
                DecidedAt = Monday.AddMinutes(5),
            },
            default);
        await Store.SetWriteResultAsync(decision.Id, WriteStatus.Written, "label 原因:仕様漏れ", default);

        // Assert
        var stored = Assert.Single(await Store.ListDecisionsAsync(meeting.Id, default));
        var written = decision with { WriteStatus = WriteStatus.Written, WriteDetail = "label 原因:仕様漏れ" };
        Assert.Equal(written, stored);
        Assert.Equal(revision + 1, await Store.GetRevisionAsync(default));
        Assert.Equal("steps: 1. 保存 2. 😱", (await Store.GetDefectsAsync([defect.Id], default))[0].Body);
        Assert.Empty(await Store.ListDecisionsAsync(meeting.Id + 1, default));
    }

    [Fact]
    public async Task Write_AnyImport_MovesRevision()
    {
        // Arrange
        var before = await Store.GetRevisionAsync(default);

        // Act
        await Store.WriteAsync(One(Issue("9", Monday, [])), null, null, default);

        // Assert
        Assert.Equal(before + 1, await Store.GetRevisionAsync(default));
    }
}
