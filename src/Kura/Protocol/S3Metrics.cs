using Prometheus;

namespace Kura.Protocol;

/// <summary>Prometheus series for the S3 API, exported on /metrics.</summary>
internal static class S3Metrics
{
    private static readonly Counter Requests = Metrics.CreateCounter(
        "kura_s3_requests_total", "S3 requests by operation and HTTP status.", "operation", "status");

    private static readonly Counter Errors = Metrics.CreateCounter(
        "kura_s3_errors_total", "S3 error responses by operation and S3 error code.", "operation", "code");

    private static readonly Counter BytesReceived = Metrics.CreateCounter(
        "kura_s3_received_bytes_total", "Request body bytes received, by operation.", "operation");

    private static readonly Counter BytesSent = Metrics.CreateCounter(
        "kura_s3_sent_bytes_total", "Response body bytes sent, by operation.", "operation");

    private static readonly Histogram Duration = Metrics.CreateHistogram(
        "kura_s3_request_duration_seconds", "Time from request start to the end of the response.",
        new HistogramConfiguration
        {
            LabelNames = ["operation"],
            Buckets = Histogram.ExponentialBuckets(0.0005, 2, 16),
        });

    public static void Record(
        S3Operation operation,
        int status,
        string? errorCode,
        long bytesIn,
        long bytesOut,
        double seconds)
    {
        var name = operation.ToString();
        Requests.WithLabels(name, status.ToString(System.Globalization.CultureInfo.InvariantCulture)).Inc();
        if (errorCode is not null)
        {
            Errors.WithLabels(name, errorCode).Inc();
        }

        if (bytesIn > 0)
        {
            BytesReceived.WithLabels(name).Inc(bytesIn);
        }

        if (bytesOut > 0)
        {
            BytesSent.WithLabels(name).Inc(bytesOut);
        }

        Duration.WithLabels(name).Observe(seconds);
    }
}
