namespace Kura.Console;

/// <summary>
/// One finished S3 request as the inspector shows it. It holds no signature, secret or query
/// string: only what a developer needs to see what their app just did.
/// </summary>
internal sealed record RequestRecord(
    string Id,
    DateTimeOffset Time,
    string AccessKey,
    string Method,
    string Operation,
    string? Bucket,
    string? Key,
    int Status,
    double DurationMs,
    long BytesIn,
    long BytesOut,
    string? ErrorCode)
{
    /// <summary>Applies the inspector's filters: bucket, accessKey, operation, status ("404" or "4xx").</summary>
    public bool Matches(IQueryCollection query)
    {
        static bool Same(string? filter, string? value) =>
            string.IsNullOrEmpty(filter) || string.Equals(filter, value, StringComparison.Ordinal);

        var status = query["status"].ToString();
        var statusMatches = status.Length == 0
            || (status.Length == 3 && status.EndsWith("xx", StringComparison.OrdinalIgnoreCase)
                ? Status / 100 == status[0] - '0'
                : status == Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return statusMatches && Same(query["bucket"], Bucket) && Same(query["accessKey"], AccessKey)
            && Same(query["operation"], Operation);
    }
}
