namespace Kura.Protocol;

/// <summary>
/// A request refused with an S3 error. Thrown anywhere below the endpoint and turned into the
/// XML error response in one place (see ErrorResponse).
/// </summary>
internal sealed class S3Exception : Exception
{
    public S3Exception(S3Error error, string? message = null)
        : base(message ?? error.Message)
    {
        Error = error;
    }

    public S3Error Error { get; }

    /// <summary>Extra elements for the XML body, such as ArgumentName or the skewed times.</summary>
    public IReadOnlyList<(string Name, string Value)> Details { get; init; } = [];

    /// <summary>Extra response headers, such as Content-Range for InvalidRange.</summary>
    public IReadOnlyList<(string Name, string Value)> Headers { get; init; } = [];
}
