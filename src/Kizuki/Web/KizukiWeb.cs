using Kizuki.Analysis;
using Kizuki.Sources;
using Kizuki.Store;
using Kizuki.Taxonomy;

namespace Kizuki.Web;

/// <summary>What the pages share: the store, its cached index, the taxonomy, the zone and the clock.</summary>
internal sealed class KizukiWeb
{
    /// <summary>Everything the pages read and write through.</summary>
    public KizukiWeb(
        IDefectStore store,
        DefectTaxonomy taxonomy,
        TimeZoneInfo zone,
        TrackerWriteBack writeBack,
        TimeProvider time)
    {
        Store = store;
        Taxonomy = taxonomy;
        Zone = zone;
        WriteBack = writeBack;
        Time = time;
        Index = new DefectIndexCache(store, taxonomy, zone);
    }

    /// <summary>The store.</summary>
    public IDefectStore Store { get; }

    /// <summary>The taxonomy.</summary>
    public DefectTaxonomy Taxonomy { get; }

    /// <summary>The team's zone.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>Writes meeting decisions to the trackers.</summary>
    public TrackerWriteBack WriteBack { get; }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>The cached issue index.</summary>
    public DefectIndexCache Index { get; }

    /// <summary>Today in the team's zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Time.GetUtcNow(), Zone).DateTime);

    /// <summary>An instant as local time text.</summary>
    public string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Zone).ToString("yyyy-MM-dd "
            + "HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
