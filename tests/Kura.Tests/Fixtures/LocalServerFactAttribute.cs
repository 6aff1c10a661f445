namespace Kura.Tests.Fixtures;

/// <summary>
/// A fact that needs the Kura child process itself (to kill it or to look at its data
/// directory), so it is skipped when the suite runs against an external endpoint.
/// </summary>
public sealed class LocalServerFactAttribute : FactAttribute
{
    /// <summary>Sets Skip when <c>KURA_TEST_ENDPOINT</c> points the suite elsewhere.</summary>
    public LocalServerFactAttribute()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("KURA_TEST_ENDPOINT")))
        {
            Skip = "Needs a Kura child process; KURA_TEST_ENDPOINT is set.";
        }
    }
}
