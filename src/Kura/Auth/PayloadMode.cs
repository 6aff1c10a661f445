namespace Kura.Auth;

/// <summary>How the body of a signed request is protected, from x-amz-content-sha256.</summary>
internal enum PayloadMode
{
    /// <summary>The header holds the hex SHA-256 of the whole body.</summary>
    SignedHash,

    /// <summary>UNSIGNED-PAYLOAD: the body is not covered by the signature.</summary>
    Unsigned,

    /// <summary>STREAMING-AWS4-HMAC-SHA256-PAYLOAD: aws-chunked, each chunk signed.</summary>
    StreamingSigned,

    /// <summary>STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER: signed chunks and a signed trailer.</summary>
    StreamingSignedTrailer,

    /// <summary>STREAMING-UNSIGNED-PAYLOAD-TRAILER: aws-chunked without signatures, with a trailer.</summary>
    StreamingUnsignedTrailer,
}
