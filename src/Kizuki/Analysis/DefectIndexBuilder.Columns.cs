using Kizuki.Model;
using Kizuki.Taxonomy;

namespace Kizuki.Analysis;

/// <content>Growable column arrays filled while reading.</content>
internal static partial class DefectIndexBuilder
{
    private sealed class Columns(int capacity)
    {
        private readonly List<long> _ids = new(capacity);
        private readonly List<int> _source = new(capacity);
        private readonly List<int> _createdDay = new(capacity);
        private readonly List<int> _closedDay = new(capacity);
        private readonly List<long> _created = new(capacity);
        private readonly List<long> _closed = new(capacity);
        private readonly List<long> _updated = new(capacity);
        private readonly List<int> _class = new(capacity);

        public void Add(Defect defect, int source, int classIndex, TimeZoneInfo zone)
        {
            // Closed means closed with a time, as in the daily export; a reopened issue is open.
            var closed = defect.State == IssueState.Closed && defect.ClosedAt is { } c ? c : (DateTimeOffset?)null;
            _ids.Add(defect.Id);
            _source.Add(source);
            _createdDay.Add(Day(defect.CreatedAt, zone));
            _closedDay.Add(closed is { } at ? Day(at, zone) : -1);
            _created.Add(defect.CreatedAt.UtcTicks);
            _closed.Add(closed?.UtcTicks ?? 0);
            _updated.Add(defect.UpdatedAt.UtcTicks);
            _class.Add(classIndex);
        }

        public DefectIndex ToIndex(
            DefectTaxonomy taxonomy,
            IReadOnlyList<Dimension> dimensions,
            TimeZoneInfo zone,
            long revision,
            string[] sources,
            IReadOnlyList<IssueClass> classes) => new()
            {
                Taxonomy = taxonomy,
                Dimensions = dimensions,
                Zone = zone,
                Revision = revision,
                Count = _ids.Count,
                Ids = [.. _ids],
                Sources = sources,
                SourceOf = [.. _source],
                CreatedDay = [.. _createdDay],
                ClosedDay = [.. _closedDay],
                CreatedTicks = [.. _created],
                ClosedTicks = [.. _closed],
                UpdatedTicks = [.. _updated],
                ClassOf = [.. _class],
                Classes = classes,
            };

        private static int Day(DateTimeOffset instant, TimeZoneInfo zone) =>
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime).DayNumber;
    }
}
