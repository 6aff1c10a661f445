using Kura.Protocol.Xml;

namespace Kura.Protocol;

/// <summary>Writes S3's XML error document: the one place an error becomes a response.</summary>
internal static class ErrorResponse
{
    public static async Task WriteAsync(S3Context context, S3Exception error)
    {
        var response = context.Response;
        context.ErrorCode = error.Error.Code;
        if (response.HasStarted)
        {
            // Headers are gone already (a body failed mid-stream); aborting tells the client the
            // body is incomplete, which a truncated 200 would not.
            context.Http.Abort();
            return;
        }

        response.Clear();
        S3Endpoint.ApplyCorsHeaders(context);
        response.Headers["x-amz-request-id"] = context.RequestId;
        response.Headers["x-amz-id-2"] = context.RequestId;
        if (context.Request.Headers.Expect.Count > 0)
        {
            // The client waited for "100 Continue" and never sent its body; the connection
            // cannot be reused, since the unsent body's bytes are not there to skip.
            response.Headers.Connection = "close";
        }

        foreach (var (name, value) in error.Headers)
        {
            response.Headers[name] = value;
        }

        if (HttpMethods.IsHead(context.Request.Method) || error.Error.Status == 304)
        {
            response.StatusCode = error.Error.Status;
            return;
        }

        await XmlOutput.WriteAsync(response, error.Error.Status, "Error", xml =>
        {
            xml.Element("Code", error.Error.Code);
            xml.Element("Message", error.Message);
            if (context.Key is not null)
            {
                xml.Element("Key", context.Key);
            }

            if (context.Bucket is not null)
            {
                xml.Element("BucketName", context.Bucket);
            }

            foreach (var (name, value) in error.Details)
            {
                xml.Element(name, value);
            }

            xml.Element("Resource", context.Target.RawPath);
            xml.Element("RequestId", context.RequestId);
            xml.Element("HostId", context.RequestId);
        }, withNamespace: false);
    }
}
