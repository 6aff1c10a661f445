using Kizuki.Model;
using Kizuki.Sources;
using Kizuki.Store;

namespace Kizuki.Tests.Fixtures;

/// <summary>Small conveniences shared by store and source tests.</summary>
internal static class StoreHelpers
{
    public static Task<WriteSummary> ImportAsync(this IDefectStore store, IDefectSource source) =>
        store.WriteAsync(source.ReadAsync(null, CancellationToken.None), null, null, CancellationToken.None);

    public static async Task<List<Defect>> AllAsync(this IDefectStore store, string? source = null)
    {
        var list = new List<Defect>();
        await foreach (var defect in store.ReadAsync(source, CancellationToken.None))
        {
            list.Add(defect);
        }

        return list;
    }

    public static async Task<IDefectStore> OpenSqliteAsync(TempDirectory directory) =>
        await StoreFactory.OpenAsync(
            "sqlite:" + directory.File("kizuki.db"),
            Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance,
            CancellationToken.None);
}
