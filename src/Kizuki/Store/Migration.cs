namespace Kizuki.Store;

/// <summary>One numbered schema change; applied once, in order, inside a transaction.</summary>
/// <param name="Version">Increasing number; the newest applied one is recorded in <c>schema_migrations</c>.</param>
/// <param name="Description">What the change is for.</param>
/// <param name="Sql">The statements, in the store's dialect.</param>
internal sealed record Migration(int Version, string Description, string Sql);
