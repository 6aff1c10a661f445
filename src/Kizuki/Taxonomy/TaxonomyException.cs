namespace Kizuki.Taxonomy;

/// <summary>A taxonomy file is malformed; the message names the file and the rule.</summary>
internal sealed class TaxonomyException : Exception
{
    /// <summary>Creates the error with a complete, person-readable message.</summary>
    public TaxonomyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with a complete message and the failure underneath it.</summary>
    public TaxonomyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the error with no message; prefer the other constructors.</summary>
    public TaxonomyException()
    {
    }
}
