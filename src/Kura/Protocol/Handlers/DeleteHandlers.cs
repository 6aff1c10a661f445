using Kura.Auth;
using Kura.Protocol.Xml;

namespace Kura.Protocol.Handlers;

/// <summary>DeleteObject and DeleteObjects (the multi-object POST ?delete).</summary>
internal static class DeleteHandlers
{
    private const int MaxKeysPerRequest = 1000;

    public static async Task DeleteObjectAsync(S3Context context)
    {
        await context.Storage.DeleteObjectsAsync(context.RequiredBucket, [context.RequiredKey], context.Aborted);
        context.Response.StatusCode = 204;
    }

    public static async Task DeleteObjectsAsync(S3Context context)
    {
        var bucket = context.RequiredBucket;
        _ = context.Storage.GetBucket(bucket);
        var request = await XmlInput.ReadRequestAsync(context);
        if (request is null || request.Name.LocalName != "Delete")
        {
            throw new S3Exception(S3Error.MalformedXML, "The body must be a Delete element listing Object keys.");
        }

        var quiet = string.Equals(request.ChildValue("Quiet"), "true", StringComparison.OrdinalIgnoreCase);
        var objects = request.Children("Object").ToList();
        if (objects.Count is 0 or > MaxKeysPerRequest)
        {
            throw new S3Exception(S3Error.MalformedXML,
                $"A Delete request names between 1 and {MaxKeysPerRequest} objects; this one names {objects.Count}.");
        }

        var keys = new List<string>();
        var errors = new List<(string Key, string Code, string Message)>();
        foreach (var element in objects)
        {
            var key = element.ChildValue("Key");
            if (key is null)
            {
                throw new S3Exception(S3Error.MalformedXML, "Every Object in a Delete request needs a Key.");
            }

            if (System.Text.Encoding.UTF8.GetByteCount(key) > ObjectKeys.MaxBytes)
            {
                errors.Add((key, S3Error.KeyTooLongError.Code, S3Error.KeyTooLongError.Message));
                continue;
            }

            if (!AccessPolicy.Allows(context.Auth!.Key, S3Operation.DeleteObject, bucket, key, null))
            {
                errors.Add((key, S3Error.AccessDenied.Code, S3Error.AccessDenied.Message));
                continue;
            }

            keys.Add(key);
        }

        await context.Storage.DeleteObjectsAsync(bucket, keys, context.Aborted);
        await XmlOutput.WriteAsync(context.Response, 200, "DeleteResult", xml =>
        {
            if (!quiet)
            {
                foreach (var key in keys)
                {
                    xml.WriteStartElement("Deleted");
                    xml.Element("Key", key);
                    xml.WriteEndElement();
                }
            }

            foreach (var (key, code, message) in errors)
            {
                xml.WriteStartElement("Error");
                xml.Element("Key", key);
                xml.Element("Code", code);
                xml.Element("Message", message);
                xml.WriteEndElement();
            }
        });
    }
}
