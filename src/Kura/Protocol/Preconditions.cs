using Kura.Storage;

namespace Kura.Protocol;

/// <summary>
/// Conditional GET/HEAD (If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since) and
/// the x-amz-copy-source-if-* twins, evaluated with RFC 7232's precedence.
/// </summary>
internal static class Preconditions
{
    /// <summary>Throws 412 or 304 when the object does not meet the request's conditions.</summary>
    public static void Check(S3Context context, ObjectInfo info, string prefix = "", bool copySource = false)
    {
        var ifMatch = context.Header(prefix + "If-Match");
        var ifNoneMatch = context.Header(prefix + "If-None-Match");
        var ifModifiedSince = HttpFormats.ParseDate(context.Header(prefix + "If-Modified-Since"));
        var ifUnmodifiedSince = HttpFormats.ParseDate(context.Header(prefix + "If-Unmodified-Since"));
        var modified = HttpFormats.ToSeconds(info.LastModified);

        if (ifMatch is not null)
        {
            if (!Matches(ifMatch, info.ETag))
            {
                throw new S3Exception(S3Error.PreconditionFailed) { Details = [("Condition", prefix + "If-Match")] };
            }
        }
        else if (ifUnmodifiedSince is { } since && modified > since)
        {
            throw new S3Exception(S3Error.PreconditionFailed)
            {
                Details = [("Condition", prefix + "If-Unmodified-Since")],
            };
        }

        // A copy can't answer 304, so S3 answers 412 to the copy-source forms of these two.
        var notModified = copySource ? S3Error.PreconditionFailed : S3Error.NotModified;
        if (ifNoneMatch is not null)
        {
            if (Matches(ifNoneMatch, info.ETag))
            {
                throw new S3Exception(notModified) { Headers = NotModifiedHeaders(info) };
            }
        }
        else if (ifModifiedSince is { } after && modified <= after)
        {
            throw new S3Exception(notModified) { Headers = NotModifiedHeaders(info) };
        }
    }

    private static bool Matches(string header, string etag) =>
        header.Split(',').Any(candidate =>
        {
            var value = candidate.Trim();
            return value == "*" || HttpFormats.UnquoteETag(value) == etag;
        });

    private static (string, string)[] NotModifiedHeaders(ObjectInfo info) =>
        [("ETag", HttpFormats.QuoteETag(info.ETag)), ("Last-Modified", HttpFormats.Date(info.LastModified))];
}
