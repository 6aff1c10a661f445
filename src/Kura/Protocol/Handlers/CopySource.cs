using Kura.Auth;
using Kura.Auth.Signing;
using Kura.Storage;

namespace Kura.Protocol.Handlers;

/// <summary>The object named by x-amz-copy-source ("/bucket/key" or "bucket/key", URL-encoded).</summary>
internal sealed record CopySource(string Bucket, string Key)
{
    public static CopySource Parse(S3Context context)
    {
        var header = context.Header("x-amz-copy-source")
            ?? throw new S3Exception(S3Error.InvalidArgument, "x-amz-copy-source is required.");
        var question = header.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            var query = header[(question + 1)..];
            if (query.StartsWith("versionId=", StringComparison.Ordinal) && query != "versionId=null")
            {
                throw new S3Exception(S3Error.NotImplemented, "Kura does not keep object versions.");
            }

            header = header[..question];
        }

        var decoded = UriEncoding.Decode(header.TrimStart('/'));
        var slash = decoded.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == decoded.Length - 1)
        {
            throw new S3Exception(S3Error.InvalidArgument, "x-amz-copy-source must be of the form bucket/key.")
            {
                Details = [("ArgumentName", "x-amz-copy-source"), ("ArgumentValue", header)],
            };
        }

        return new CopySource(decoded[..slash], decoded[(slash + 1)..]);
    }

    /// <summary>Looks the source up and checks the x-amz-copy-source-if-* conditions.</summary>
    public ObjectInfo Resolve(S3Context context)
    {
        if (!AccessPolicy.Allows(context.Auth!.Key, S3Operation.GetObject, Bucket, Key, null))
        {
            throw new S3Exception(S3Error.AccessDenied, "The key may not read the copy source.");
        }

        var info = context.Storage.GetObject(Bucket, Key);
        Preconditions.Check(context, info, "x-amz-copy-source-", copySource: true);
        return info;
    }
}
