using Kizuki.Analysis;
using Kizuki.Model;
using Kizuki.Taxonomy;

namespace Kizuki.Web;

/// <content>The handlers that read issues and store decisions.</content>
internal static partial class MeetingEndpoints
{
    private const int ListLimit = 200;
    private const int SummaryLimit = 30;

    private static async Task<IResult> BugAsync(
        HttpContext context,
        KizukiWeb web,
        long id,
        long defectId,
        CancellationToken token)
    {
        if (await web.Store.GetMeetingAsync(id, token) is not { } meeting
            || (await web.Store.GetDefectsAsync([defectId], token)).FirstOrDefault() is not { } defect)
        {
            return Results.NotFound();
        }

        var t = Texts.For(Language.Of(context));
        var index = await web.Index.GetAsync(token);
        var decisions = await web.Store.ListDecisionsAsync(meeting.Id, token);
        var agenda = MeetingAgenda.Of(index, meeting, decisions);
        if (!agenda.Contains(defectId))
        {
            agenda.Add(defectId);
        }

        // The bug's own state is read live (labels from the store, this meeting's decisions),
        // not from the cached index, so a decision shows at once even while the index rebuilds.
        var classification = web.Taxonomy.Classify(defect);
        var dimensions = index.Dimensions.Select((d, i) =>
        {
            var values = classification[d.Id].Values
                .Concat(decisions.Where(x => x.DefectId == defectId && x.Dimension == d.Id).Select(x => x.Value))
                .Distinct(StringComparer.Ordinal).ToArray();
            return (d, values, MeetingAgenda.Choices(index, i));
        }).ToList();
        var body = MeetingPages.Bug(t, meeting, agenda, defect, dimensions, web);
        return Page(context, t, t["meeting.title"], body);
    }

    private static async Task<IResult> ListAsync(HttpContext context, KizukiWeb web, long id, CancellationToken token)
    {
        if (await web.Store.GetMeetingAsync(id, token) is not { } meeting)
        {
            return Results.NotFound();
        }

        var t = Texts.For(Language.Of(context));
        var index = await web.Index.GetAsync(token);
        var agenda = MeetingAgenda.Of(index, meeting, await web.Store.ListDecisionsAsync(meeting.Id, token));
        var shown = await web.Store.GetDefectsAsync([.. agenda.Take(ListLimit)], token);
        var body = MeetingPages.List(t, meeting, agenda, shown, Missing(t, index, shown, web.Taxonomy), web);
        return Page(context, t, t["meeting.title"], body);
    }

    private static async Task<IResult> DecideAsync(HttpContext context, KizukiWeb web, long id, CancellationToken token)
    {
        var form = await context.Request.ReadFormAsync(token);
        var value = form["value"].ToString().Trim();
        var dimension = web.Taxonomy.Dimensions.FirstOrDefault(d => d.Id == form["dimension"].ToString()
            && d.Id != DefectTaxonomy.DefectDimension);
        if (await web.Store.GetMeetingAsync(id, token) is not { } meeting
            || !long.TryParse(form["defect"], out var defectId)
            || (await web.Store.GetDefectsAsync([defectId], token)).FirstOrDefault() is not { } defect)
        {
            return Results.NotFound();
        }

        if (dimension is null || value.Length is 0 or > 100)
        {
            return Results.BadRequest("dimension and a value of 1-100 characters are required");
        }

        var who = Who(context, null) is { Length: > 0 } name ? name : meeting.StartedBy;
        var decision = await web.Store.AddDecisionAsync(
            new Decision
            {
                MeetingId = meeting.Id,
                DefectId = defectId,
                Dimension = dimension.Id,
                Value = value,
                DecidedBy = who,
                DecidedAt = web.Time.GetUtcNow(),
            },
            token);
        var (status, detail) = await web.WriteBack.WriteAsync(defect, dimension, value, token);
        await web.Store.SetWriteResultAsync(decision.Id, status, detail, token);
        return Results.Redirect($"/meeting/{id}/bug/{defectId}");
    }

    private static async Task<IResult> SummaryAsync(
        HttpContext context,
        KizukiWeb web,
        long id,
        CancellationToken token)
    {
        if (await web.Store.GetMeetingAsync(id, token) is not { } meeting)
        {
            return Results.NotFound();
        }

        var t = Texts.For(Language.Of(context));
        var decisions = await web.Store.ListDecisionsAsync(meeting.Id, token);
        var index = await web.Index.GetFreshAsync(token);
        var agenda = MeetingAgenda.Of(index, meeting, decisions);
        var onAgenda = agenda.ToHashSet();
        var position = index.Ids.Select((defectId, i) => (defectId, i)).Where(p => onAgenda.Contains(p.defectId))
            .ToDictionary(p => p.defectId, p => p.i);
        var still = agenda.Where(d => index.Classes[index.ClassOf[position[d]]].MissingMask != 0).ToList();
        var decidedIds = decisions.Select(d => d.DefectId).Distinct().ToList();
        var completed = decidedIds.Count(
            d => position.TryGetValue(d, out var i) && index.Classes[index.ClassOf[i]].MissingMask == 0);
        var shown = await web.Store.GetDefectsAsync([.. still.Take(SummaryLimit)], token);
        var decided = (await web.Store.GetDefectsAsync(decidedIds, token)).ToDictionary(d => d.Id);
        var body = MeetingPages.Summary(t, meeting, decisions, completed, shown, still.Count, decided, web);
        return Page(context, t, t["meeting.summary"], body);
    }

    private static Dictionary<long, string> Missing(
        Texts t,
        DefectIndex index,
        IReadOnlyList<Defect> shown,
        DefectTaxonomy taxonomy)
    {
        var result = new Dictionary<long, string>();
        foreach (var defect in shown)
        {
            var classification = taxonomy.Classify(defect);
            result[defect.Id] = string.Join(", ", index.Dimensions
                .Where(d => classification[d.Id].Values.Count == 0).Select(t.Dimension));
        }

        return result;
    }
}
