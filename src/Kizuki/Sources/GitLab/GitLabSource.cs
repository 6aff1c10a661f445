using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Kizuki.Model;

namespace Kizuki.Sources.GitLab;

/// <summary>
/// A project's issues through GitLab REST v4: every state, oldest update first, changes since
/// the cursor (<c>updated_after</c>), pages followed through <c>X-Next-Page</c>.
/// </summary>
internal sealed class GitLabSource : IDefectSource
{
    private readonly TrackerHttp _http;
    private readonly Uri _baseUrl;
    private readonly string _project;
    private readonly int _pageSize;

    /// <summary>Reads project <c>settings.Project</c> (id or path) through <paramref name="client"/>.</summary>
    public GitLabSource(TrackerSettings settings, HttpClient client, ILogger logger, TimeProvider time)
    {
        _project = settings.Project ?? throw new SourceException("gitlab source: project is required");
        _baseUrl = new Uri((settings.BaseUrl ?? "https://gitlab.com/").TrimEnd('/') + "/");
        _pageSize = settings.PageSize;
        if (!string.IsNullOrEmpty(settings.Token))
        {
            client.DefaultRequestHeaders.Add("PRIVATE-TOKEN", settings.Token);
        }

        _http = new TrackerHttp(client, logger, time);
    }

    /// <inheritdoc/>
    public string Name => "gitlab:" + _project;

    /// <inheritdoc/>
    public async IAsyncEnumerable<Defect> ReadAsync(
        DateTimeOffset? since,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = "1";
        while (!string.IsNullOrEmpty(page))
        {
            var url = PageUrl(since, page);
            using var response = await _http.GetAsync(url, cancellationToken);
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var document = await ParseAsync(body, url, cancellationToken);
            foreach (var item in document.RootElement.EnumerateArray())
            {
                yield return Map(item, url);
            }

            page = TrackerHttp.Header(response, "X-Next-Page");
            if (!string.IsNullOrEmpty(page))
            {
                await _http.RespectBudgetAsync(response, url, cancellationToken);
            }
        }
    }

    private Defect Map(JsonElement item, Uri url)
    {
        try
        {
            return GitLabIssueJson.Map(item, Name);
        }
        catch (FormatException ex)
        {
            throw new SourceException($"GET {url}: unexpected issue shape: {ex.Message}", ex);
        }
    }

    private static async Task<JsonDocument> ParseAsync(Stream body, Uri url, CancellationToken cancellationToken)
    {
        try
        {
            var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                document.Dispose();
                throw new SourceException($"GET {url}: expected a JSON array of issues");
            }

            return document;
        }
        catch (JsonException ex)
        {
            throw new SourceException($"GET {url}: malformed JSON: {ex.Message}", ex);
        }
    }

    private Uri PageUrl(DateTimeOffset? since, string page)
    {
        var query = $"scope=all&state=all&order_by=updated_at&sort=asc&per_page={_pageSize}&page={page}";
        if (since is { } s)
        {
            var after = s.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            query += "&updated_after=" + Uri.EscapeDataString(after);
        }

        return new Uri(_baseUrl, $"api/v4/projects/{Uri.EscapeDataString(_project)}/issues?{query}");
    }
}
