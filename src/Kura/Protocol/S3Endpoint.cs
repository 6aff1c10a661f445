using System.Diagnostics;
using System.Text;
using Kura.Auth;
using Kura.Console;
using Kura.Hosting;
using Kura.Protocol.Cors;
using Kura.Storage;

namespace Kura.Protocol;

/// <summary>
/// The S3 API: every request that is not a health or metrics path ends here. It names the
/// operation, verifies the signature, runs the handler, and turns every failure into S3's XML
/// error. It records metrics for every request and logs the failed ones (all of them with
/// --access-log).
/// </summary>
internal sealed partial class S3Endpoint(
    StorageEngine storage,
    SignatureVerifier verifier,
    KuraOptions options,
    RequestInspector inspector,
    ILogger<S3Endpoint> logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        var requestId = RequestIds.Next();
        http.Response.Headers["x-amz-request-id"] = requestId;
        http.Response.Headers["x-amz-id-2"] = requestId;
        http.Response.Headers.Server = "Kura";

        RequestTarget target;
        try
        {
            target = RequestTarget.Parse(http, options.Domain);
        }
        catch (DecoderFallbackException)
        {
            target = new RequestTarget(null, null, http.Request.Path.Value ?? "/", "");
            var invalid = NewContext(http, requestId, target);
            await ErrorResponse.WriteAsync(
                invalid,
                new S3Exception(S3Error.InvalidURI, "The path is not valid UTF-8."));
            Finish(invalid, started);
            return;
        }

        var context = NewContext(http, requestId, target);
        try
        {
            context.Operation = OperationResolver.Resolve(context);
            if (context.Operation == S3Operation.CorsPreflight)
            {
                await CorsHandlers.PreflightAsync(context);
            }
            else
            {
                context.CorsHeaders = CorsHandlers.ResponseHeaders(context);
                ApplyCorsHeaders(context);
                context.Auth = verifier.Verify(http.Request, target.RawPath, target.RawQuery);
                Authorize(context);
                await DispatchAsync(context);
            }
        }
        catch (S3Exception e)
        {
            await ErrorResponse.WriteAsync(context, e);
        }
        catch (StorageException e)
        {
            if (e.Code == StorageErrorCode.StorageFull)
            {
                Log.StorageFull(logger, requestId, context.Operation, context.Bucket, context.Key);
            }

            await ErrorResponse.WriteAsync(context, StorageErrors.ToS3(e));
        }
        catch (Exception e) when (IsClientGone(http, e))
        {
            Log.ClientAborted(logger, requestId, context.Operation, context.Bucket, context.Key);
            context.ErrorCode = S3Error.IncompleteBody.Code;
            if (!http.RequestAborted.IsCancellationRequested && !http.Response.HasStarted)
            {
                await ErrorResponse.WriteAsync(context, new S3Exception(S3Error.IncompleteBody));
            }
        }
        catch (Exception e)
        {
            Log.RequestFailed(logger, e, requestId, context.Operation, context.Bucket, context.Key);
            await ErrorResponse.WriteAsync(context, new S3Exception(S3Error.InternalError));
        }

        Finish(context, started);
    }

    /// <summary>Refuses what a limited key may not do; handlers check per-key lists themselves.</summary>
    private static void Authorize(S3Context context)
    {
        var listPrefix = context.Query("prefix");
        if (!AccessPolicy.Allows(context.Auth!.Key, context.Operation, context.Bucket, context.Key, listPrefix))
        {
            throw new S3Exception(S3Error.AccessDenied);
        }
    }

    internal static void ApplyCorsHeaders(S3Context context)
    {
        foreach (var (name, value) in context.CorsHeaders)
        {
            context.Response.Headers[name] = value;
        }
    }

    private S3Context NewContext(HttpContext http, string requestId, RequestTarget target) => new()
    {
        Http = http,
        RequestId = requestId,
        Target = target,
        Storage = storage,
        Options = options,
    };

    /// <summary>A body cut short or a connection closed: the client's doing, not a server fault.</summary>
    private static bool IsClientGone(HttpContext http, Exception e) =>
        e is BadHttpRequestException or Microsoft.AspNetCore.Connections.ConnectionResetException
        || (e is OperationCanceledException or IOException && http.RequestAborted.IsCancellationRequested);

    private void Finish(S3Context context, long started)
    {
        var elapsed = Stopwatch.GetElapsedTime(started);
        var response = context.Response;
        var bytesIn = context.Request.ContentLength ?? 0;
        var bytesOut = HttpMethods.IsHead(context.Request.Method) ? 0 : response.ContentLength ?? 0;
        if (options.AccessLog || response.StatusCode >= 400)
        {
            Log.RequestCompleted(logger, context.RequestId, context.Auth?.Key.AccessKeyId ?? "-",
                context.Request.Method, context.Operation, context.Bucket, context.Key, response.StatusCode,
                context.ErrorCode, bytesIn, bytesOut, elapsed.TotalMilliseconds);
        }

        S3Metrics.Record(
            context.Operation,
            response.StatusCode,
            context.ErrorCode,
            bytesIn,
            bytesOut,
            elapsed.TotalSeconds);
        inspector.Record(new RequestRecord(
            context.RequestId,
            DateTimeOffset.UtcNow,
            context.Auth?.Key.AccessKeyId ?? "-",
            context.Request.Method,
            context.Operation.ToString(),
            context.Bucket,
            context.Key,
            response.StatusCode,
            Math.Round(elapsed.TotalMilliseconds, 2),
            bytesIn,
            bytesOut,
            context.ErrorCode));
    }
}
