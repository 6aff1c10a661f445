using Kura.Auth;
using Prometheus;

namespace Kura.Hosting;

/// <summary>
/// Health and metrics paths. MinIO's (/minio/health/live, /minio/health/ready,
/// /minio/v2/metrics/cluster) work so existing probes and scrape configs keep working; Kura's
/// own live under /kura/. The bucket names "minio" and "kura" are reserved for this. /metrics is
/// served too, but only to unsigned requests, since a signed GET /metrics is a ListObjects of a
/// bucket named "metrics".
/// </summary>
internal sealed class SystemEndpoints(Readiness readiness)
{
    /// <summary>Handles the request if it is a system path; false means it is an S3 request.</summary>
    public async Task<bool> TryHandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var method = context.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            return false;
        }

        switch (path)
        {
            case "/minio/health/live" or "/kura/health/live":
                context.Response.StatusCode = 200;
                return true;
            case "/minio/health/ready" or "/kura/health/ready" or "/minio/health/cluster":
                context.Response.StatusCode = readiness.IsReady ? 200 : 503;
                return true;
            case "/minio/v2/metrics/cluster" or "/kura/metrics":
                await WriteMetricsAsync(context);
                return true;
            case "/metrics" when !SignatureVerifier.IsSigned(context.Request):
                await WriteMetricsAsync(context);
                return true;
            default:
                return false;
        }
    }

    private static async Task WriteMetricsAsync(HttpContext context)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
        await Metrics.DefaultRegistry.CollectAndExportAsTextAsync(context.Response.Body, context.RequestAborted);
    }
}
