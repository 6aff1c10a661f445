using System.Globalization;
using Kura.Auth;

namespace Kura.Protocol.Bodies;

/// <summary>
/// The decoded request body for the payload mode the signature declared: plain, checked
/// against a signed SHA-256, or aws-chunked with chunk signatures and trailers.
/// </summary>
internal sealed class RequestBody : IDisposable
{
    private readonly AwsChunkedStream? _chunked;

    private RequestBody(Stream stream, AwsChunkedStream? chunked, long? declaredLength)
    {
        Stream = stream;
        _chunked = chunked;
        DeclaredLength = declaredLength;
    }

    /// <summary>The bytes of the object or part, decoded.</summary>
    public Stream Stream { get; }

    /// <summary>The decoded length the client announced, when it did.</summary>
    public long? DeclaredLength { get; }

    /// <summary>Trailing headers of an aws-chunked body, once it has been read to the end.</summary>
    public IReadOnlyDictionary<string, string> Trailers =>
        _chunked?.Trailers ?? new Dictionary<string, string>();

    public static RequestBody Open(S3Context context)
    {
        var auth = context.Auth ?? throw new InvalidOperationException("the request is not authenticated");
        var raw = context.Request.Body;
        var contentLength = context.Request.ContentLength;
        switch (auth.PayloadMode)
        {
            case PayloadMode.SignedHash:
                return new RequestBody(new Sha256CheckingStream(raw, auth.PayloadHash!), null, contentLength);
            case PayloadMode.Unsigned:
                return new RequestBody(raw, null, contentLength);
            default:
                var decoded = ParseDecodedLength(context.Header("x-amz-decoded-content-length"));
                var signed = auth.PayloadMode is PayloadMode.StreamingSigned or PayloadMode.StreamingSignedTrailer;
                var trailer = auth.PayloadMode is PayloadMode.StreamingSignedTrailer
                    or PayloadMode.StreamingUnsignedTrailer;
                var chunked = new AwsChunkedStream(raw, signed ? auth.Signing : null, trailer, decoded);
                return new RequestBody(chunked, chunked, decoded);
        }
    }

    public void Dispose() => _chunked?.Dispose();

    private static long? ParseDecodedLength(string? value)
    {
        if (value is null)
        {
            return null;
        }

        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            ? length
            : throw new S3Exception(S3Error.InvalidArgument, "x-amz-decoded-content-length is not a number.");
    }
}
