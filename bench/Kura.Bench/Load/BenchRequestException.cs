namespace Kura.Bench.Load;

/// <summary>A server answered a benchmark request with an error or a wrong body.</summary>
internal sealed class BenchRequestException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BenchRequestException()
    {
    }

    /// <summary>Creates the exception with a message naming server, request and answer.</summary>
    public BenchRequestException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public BenchRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
