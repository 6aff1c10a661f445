namespace Kura.Protocol;

/// <summary>One of S3's error codes with its HTTP status and the default message.</summary>
internal sealed partial record S3Error(string Code, int Status, string Message)
{
    public static readonly S3Error AccessDenied = new("AccessDenied", 403, "Access Denied.");
    public static readonly S3Error AuthorizationHeaderMalformed = new(
        "AuthorizationHeaderMalformed", 400, "The authorization header is malformed.");
    public static readonly S3Error AuthorizationQueryParametersError = new(
        "AuthorizationQueryParametersError", 400, "Error parsing the X-Amz-Credential parameter.");
    public static readonly S3Error BadDigest = new(
        "BadDigest", 400, "The Content-MD5 you specified did not match what we received.");
    public static readonly S3Error BucketAlreadyOwnedByYou = new(
        "BucketAlreadyOwnedByYou", 409,
        "Your previous request to create the named bucket succeeded and you already own it.");
    public static readonly S3Error BucketNotEmpty = new(
        "BucketNotEmpty", 409, "The bucket you tried to delete is not empty.");
    public static readonly S3Error EntityTooLarge = new(
        "EntityTooLarge", 400, "Your proposed upload exceeds the maximum allowed object size.");
    public static readonly S3Error EntityTooSmall = new(
        "EntityTooSmall", 400, "Your proposed upload is smaller than the minimum allowed object size.");
    public static readonly S3Error IllegalLocationConstraintException = new(
        "IllegalLocationConstraintException", 400,
        "The specified location-constraint is not valid for this server's region.");
    public static readonly S3Error IncompleteBody = new(
        "IncompleteBody", 400, "You did not provide the number of bytes specified by the Content-Length HTTP header.");
    public static readonly S3Error InternalError = new(
        "InternalError", 500, "We encountered an internal error. Please try again.");
    public static readonly S3Error InvalidAccessKeyId = new(
        "InvalidAccessKeyId", 403, "The AWS access key ID you provided does not exist in our records.");
    public static readonly S3Error InvalidArgument = new("InvalidArgument", 400, "Invalid argument.");
    public static readonly S3Error InvalidBucketName = new(
        "InvalidBucketName", 400, "The specified bucket is not valid.");
    public static readonly S3Error InvalidDigest = new(
        "InvalidDigest", 400, "The Content-MD5 you specified is not valid.");
    public static readonly S3Error InvalidPart = new(
        "InvalidPart", 400,
        "One or more of the specified parts could not be found. The part might not have been uploaded, " +
        "or the specified entity tag might not have matched the part's entity tag.");
    public static readonly S3Error InvalidPartNumber = new(
        "InvalidPartNumber", 416, "The requested partnumber is not satisfiable.");
    public static readonly S3Error InvalidPartOrder = new(
        "InvalidPartOrder", 400, "The list of parts was not in ascending order. Parts must be ordered by part number.");
    public static readonly S3Error InvalidRange = new(
        "InvalidRange", 416, "The requested range is not satisfiable.");
    public static readonly S3Error InvalidRequest = new("InvalidRequest", 400, "Invalid request.");
    public static readonly S3Error InvalidURI = new("InvalidURI", 400, "Couldn't parse the specified URI.");
    public static readonly S3Error KeyTooLongError = new("KeyTooLongError", 400, "Your key is too long.");
    public static readonly S3Error MalformedXML = new(
        "MalformedXML", 400,
        "The XML you provided was not well-formed or did not validate against our published schema.");
    public static readonly S3Error MetadataTooLarge = new(
        "MetadataTooLarge", 400, "Your metadata headers exceed the maximum allowed metadata size.");
    public static readonly S3Error MethodNotAllowed = new(
        "MethodNotAllowed", 405, "The specified method is not allowed against this resource.");
    public static readonly S3Error MissingContentLength = new(
        "MissingContentLength", 411, "You must provide the Content-Length HTTP header.");
    public static readonly S3Error NoSuchBucket = new("NoSuchBucket", 404, "The specified bucket does not exist.");
    public static readonly S3Error NoSuchKey = new("NoSuchKey", 404, "The specified key does not exist.");
    public static readonly S3Error NoSuchUpload = new(
        "NoSuchUpload", 404,
        "The specified multipart upload does not exist. The upload ID might not be valid, " +
        "or the multipart upload might have been aborted or completed.");
    public static readonly S3Error NotImplemented = new(
        "NotImplemented", 501, "A header or query you provided implies functionality that is not implemented.");
    public static readonly S3Error PreconditionFailed = new(
        "PreconditionFailed", 412, "At least one of the preconditions you specified did not hold.");
    public static readonly S3Error RequestTimeTooSkewed = new(
        "RequestTimeTooSkewed", 403, "The difference between the request time and the server's time is too large.");
    public static readonly S3Error SignatureDoesNotMatch = new(
        "SignatureDoesNotMatch", 403,
        "The request signature we calculated does not match the signature you provided. " +
        "Check your key and signing method.");
    public static readonly S3Error StorageFull = new(
        "XKuraStorageFull", 507, "The storage volume is full; nothing was written.");
    public static readonly S3Error XAmzContentSHA256Mismatch = new(
        "XAmzContentSHA256Mismatch", 400,
        "The provided 'x-amz-content-sha256' header does not match what was computed.");
    public static readonly S3Error NotModified = new("NotModified", 304, "Not Modified");
}
