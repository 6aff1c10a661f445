using System.Globalization;
using System.Net;

namespace Kizuki.Sources;

/// <summary>
/// Sends tracker API requests: waits out rate limits (429/503 with Retry-After, or a spent
/// budget announced in headers) and turns failures into a <see cref="SourceException"/> that
/// names the request. Tokens travel in headers and never appear in a logged URL.
/// </summary>
internal sealed class TrackerHttp
{
    private const int MaxRateLimitRetries = 5;
    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(15);
    private readonly HttpClient _client;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    /// <summary>Sends through <paramref name="client"/>, whose default headers carry the credentials.</summary>
    public TrackerHttp(HttpClient client, ILogger logger, TimeProvider time)
    {
        _client = client;
        _logger = logger;
        _time = time;
    }

    /// <summary>GETs <paramref name="url"/>; the caller disposes the successful response.</summary>
    /// <exception cref="SourceException">The tracker refused, failed or could not be reached.</exception>
    public async Task<HttpResponseMessage> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var started = _time.GetTimestamp();
            HttpResponseMessage response;
            try
            {
                response = await _client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (HttpRequestException ex)
            {
                throw new SourceException($"GET {url}: cannot reach the tracker: {ex.Message}", ex);
            }

            Log.Request(_logger, "GET", url.ToString(), (int)response.StatusCode,
                (long)_time.GetElapsedTime(started).TotalMilliseconds);

            if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
                && attempt < MaxRateLimitRetries
                && RetryAfter(response) is { } wait)
            {
                response.Dispose();
                await WaitAsync(url, wait, cancellationToken);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                using (response)
                {
                    throw await FailureAsync(url, response, cancellationToken);
                }
            }

            return response;
        }
    }

    /// <summary>Waits until the budget resets when a response says none is left.</summary>
    public async Task RespectBudgetAsync(HttpResponseMessage response, Uri url, CancellationToken cancellationToken)
    {
        var remaining = Header(response, "RateLimit-Remaining") ?? Header(response, "X-RateLimit-Remaining");
        var reset = Header(response, "RateLimit-Reset") ?? Header(response, "X-RateLimit-Reset");
        if (remaining != "0" || !long.TryParse(reset, CultureInfo.InvariantCulture, out var epoch))
        {
            return;
        }

        var wait = DateTimeOffset.FromUnixTimeSeconds(epoch) - _time.GetUtcNow();
        await WaitAsync(url, wait < TimeSpan.Zero ? TimeSpan.Zero : wait, cancellationToken);
    }

    /// <summary>Response header value, or null.</summary>
    public static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private async Task WaitAsync(Uri url, TimeSpan wait, CancellationToken cancellationToken)
    {
        var bounded = wait > MaxWait ? MaxWait : wait;
        Log.RateLimitWait(_logger, "GET", url.ToString(), Math.Round(bounded.TotalSeconds, 1));
        await Task.Delay(bounded, _time, cancellationToken);
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is { } retry)
        {
            return retry.Delta ?? (retry.Date - _time.GetUtcNow());
        }

        return null;
    }

    private static async Task<SourceException> FailureAsync(
        Uri url,
        HttpResponseMessage response,
        CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var snippet = body.Length > 300 ? body[..300] + "..." : body;
        var hint = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            ? " (check the token and its permissions)"
            : string.Empty;
        return new SourceException(
            $"GET {url}: {(int)response.StatusCode} {response.ReasonPhrase}{hint}: {snippet}".TrimEnd(' ', ':'));
    }
}
