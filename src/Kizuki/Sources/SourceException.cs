namespace Kizuki.Sources;

/// <summary>
/// A source could not be read. <see cref="Exception.Message"/> names the file and line or the
/// request that failed, so it can be shown to a person as it is.
/// </summary>
internal sealed class SourceException : Exception
{
    /// <summary>Creates the error with a complete, person-readable message.</summary>
    public SourceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with a complete message and the failure underneath it.</summary>
    public SourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the error with no message; prefer the other constructors.</summary>
    public SourceException()
    {
    }
}
