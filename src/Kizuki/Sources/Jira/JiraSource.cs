using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kizuki.Model;

namespace Kizuki.Sources.Jira;

/// <summary>
/// Issues selected by JQL through Jira's REST search, paged with <c>startAt</c>.
/// </summary>
/// <remarks>
/// JQL dates carry no zone and minute precision: Jira reads them in the searching user's
/// time zone. The cursor (a UTC instant) is therefore converted to that zone, asked from
/// <c>/rest/api/2/myself</c>, and rounded down to the minute, so an update in the same minute
/// as the cursor is fetched again rather than missed; the store's upsert makes that harmless.
/// </remarks>
internal sealed partial class JiraSource : IDefectSource
{
    private readonly TrackerHttp _http;
    private readonly Uri _baseUrl;
    private readonly string _jql;
    private readonly int _pageSize;
    private readonly IReadOnlyCollection<string> _customFields;
    private readonly ILogger _logger;

    /// <summary>Searches <c>settings.Jql</c> on <c>settings.BaseUrl</c> through <paramref name="client"/>.</summary>
    public JiraSource(TrackerSettings settings, HttpClient client, ILogger logger, TimeProvider time)
    {
        _baseUrl = new Uri((settings.BaseUrl ?? throw new SourceException("jira source: baseUrl is required"))
            .TrimEnd('/') + "/");
        _jql = settings.Jql ?? throw new SourceException("jira source: jql is required");
        _pageSize = settings.PageSize;
        _customFields = settings.CustomFields;
        _logger = logger;
        if (!string.IsNullOrEmpty(settings.Token))
        {
            client.DefaultRequestHeaders.Authorization = settings.User is { Length: > 0 } user
                ? new AuthenticationHeaderValue(
                    "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{settings.Token}")))
                : new AuthenticationHeaderValue("Bearer", settings.Token);
        }

        _http = new TrackerHttp(client, logger, time);
        Name = "jira:" + ProjectOf(_jql);
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public async IAsyncEnumerable<Defect> ReadAsync(
        DateTimeOffset? since,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var jql = since is { } cursor
            ? await IncrementalJqlAsync(cursor, cancellationToken)
            : $"{_jql} ORDER BY updated ASC";
        var startAt = 0;
        while (true)
        {
            var url = new Uri(_baseUrl, "rest/api/2/search?jql=" + Uri.EscapeDataString(jql)
                + $"&startAt={startAt}&maxResults={_pageSize}&fields=*all");
            using var document = await GetJsonAsync(url, cancellationToken);
            var issues = JsonFields.At(document.RootElement, "issues");
            if (issues.ValueKind != JsonValueKind.Array)
            {
                throw new SourceException($"GET {url}: the answer has no 'issues' array");
            }

            var count = 0;
            foreach (var issue in issues.EnumerateArray())
            {
                count++;
                yield return Map(issue, url);
            }

            var total = JsonFields.At(document.RootElement, "total");
            startAt += count;
            if (count == 0 || (total.ValueKind == JsonValueKind.Number && startAt >= total.GetInt32()))
            {
                yield break;
            }
        }
    }

    private async Task<string> IncrementalJqlAsync(DateTimeOffset cursor, CancellationToken cancellationToken)
    {
        var zone = await UserTimeZoneAsync(cancellationToken);
        var local = TimeZoneInfo.ConvertTime(cursor, zone);
        var minute = new DateTime(
            local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified);
        var text = minute.ToString("yyyy'/'MM'/'dd HH:mm", CultureInfo.InvariantCulture);
        Log.JiraCursor(_logger, zone.Id, cursor.ToString("O", CultureInfo.InvariantCulture), text);
        return $"({_jql}) AND updated >= \"{text}\" ORDER BY updated ASC";
    }

    private async Task<TimeZoneInfo> UserTimeZoneAsync(CancellationToken cancellationToken)
    {
        using var myself = await GetJsonAsync(new Uri(_baseUrl, "rest/api/2/myself"), cancellationToken);
        var id = JsonFields.Text(myself.RootElement, "timeZone");
        if (id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        // Jira's default when a user has none set is the server's zone, which the API does not
        // expose; UTC is the honest guess and the minute rounding keeps the overlap small.
        return TimeZoneInfo.Utc;
    }

    private async Task<JsonDocument> GetJsonAsync(Uri url, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(url, cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        try
        {
            var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            await _http.RespectBudgetAsync(response, url, cancellationToken);
            return document;
        }
        catch (JsonException ex)
        {
            throw new SourceException($"GET {url}: malformed JSON: {ex.Message}", ex);
        }
    }

    private Defect Map(JsonElement issue, Uri url)
    {
        try
        {
            return JiraIssueJson.Map(issue, Name, _customFields);
        }
        catch (FormatException ex)
        {
            throw new SourceException($"GET {url}: unexpected issue shape: {ex.Message}", ex);
        }
    }

    private static string ProjectOf(string jql)
    {
        var match = ProjectClause().Match(jql);
        return match.Success ? match.Groups[1].Value : "search";
    }

    [GeneratedRegex(@"project\s*=\s*""?([A-Za-z0-9_]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ProjectClause();
}
