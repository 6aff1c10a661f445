using System.Runtime.CompilerServices;
using Kizuki.Model;
using Octokit;

namespace Kizuki.Sources.GitHub;

/// <summary>
/// A repository's issues through the GitHub REST API (Octokit): every state, sorted by update,
/// changes since the cursor, pull requests left out. Octokit takes no cancellation token, so
/// cancelling waits for the page in flight.
/// </summary>
internal sealed class GitHubSource : IDefectSource
{
    private readonly GitHubClient _client;
    private readonly string _owner;
    private readonly string _repository;
    private readonly int _pageSize;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    /// <summary>Reads <c>settings.Project</c> (owner/repo) from <c>settings.BaseUrl</c> or github.com.</summary>
    public GitHubSource(TrackerSettings settings, ILogger logger, TimeProvider time)
    {
        var parts = settings.Project?.Split('/') ?? [];
        if (parts.Length != 2)
        {
            throw new SourceException($"github source: project must be owner/repo, not '{settings.Project}'");
        }

        (_owner, _repository) = (parts[0], parts[1]);
        _pageSize = settings.PageSize;
        _logger = logger;
        _time = time;
        var header = new ProductHeaderValue("kizuki");
        _client = settings.BaseUrl is { } baseUrl
            ? new GitHubClient(header, new Uri(baseUrl))
            : new GitHubClient(header);
        if (!string.IsNullOrEmpty(settings.Token))
        {
            _client.Credentials = new Credentials(settings.Token);
        }
    }

    /// <inheritdoc/>
    public string Name => $"github:{_owner}/{_repository}";

    /// <inheritdoc/>
    public async IAsyncEnumerable<Defect> ReadAsync(
        DateTimeOffset? since,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new RepositoryIssueRequest
        {
            State = ItemStateFilter.All,
            Filter = IssueFilter.All,
            SortProperty = IssueSort.Updated,
            SortDirection = SortDirection.Ascending,
            Since = since,
        };

        for (var page = 1; ; page++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var issues = await FetchPageAsync(request, page, cancellationToken);
            foreach (var issue in issues.Where(i => i.PullRequest is null))
            {
                yield return GitHubIssueMapper.Map(issue, Name);
            }

            var info = _client.GetLastApiInfo();
            if (info?.Links.ContainsKey("next") != true)
            {
                yield break;
            }

            if (info.RateLimit is { Remaining: 0 } limit)
            {
                await WaitForResetAsync(limit.Reset, page + 1, cancellationToken);
            }
        }
    }

    private async Task<IReadOnlyList<Issue>> FetchPageAsync(
        RepositoryIssueRequest request,
        int page,
        CancellationToken cancellationToken)
    {
        var options = new ApiOptions { PageSize = _pageSize, PageCount = 1, StartPage = page };
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await _client.Issue.GetAllForRepository(_owner, _repository, request, options);
            }
            catch (RateLimitExceededException ex) when (attempt < 3)
            {
                await WaitForResetAsync(ex.Reset, page, cancellationToken);
            }
            catch (AuthorizationException ex)
            {
                throw new SourceException(
                    $"GET {Url(page)}: {(int)ex.StatusCode} {ex.StatusCode} (check the GitHub token): {ex.Message}",
                    ex);
            }
            catch (ApiException ex)
            {
                throw new SourceException($"GET {Url(page)}: {(int)ex.StatusCode} {ex.StatusCode}: {ex.Message}", ex);
            }
            catch (HttpRequestException ex)
            {
                throw new SourceException($"GET {Url(page)}: cannot reach GitHub: {ex.Message}", ex);
            }
        }
    }

    private async Task WaitForResetAsync(DateTimeOffset reset, int page, CancellationToken cancellationToken)
    {
        var wait = reset - _time.GetUtcNow();
        wait = wait < TimeSpan.Zero ? TimeSpan.Zero : wait > TimeSpan.FromHours(1) ? TimeSpan.FromHours(1) : wait;
        Log.RateLimitWait(_logger, "GET", Url(page), Math.Round(wait.TotalSeconds, 1));
        await Task.Delay(wait, _time, cancellationToken);
    }

    private string Url(int page) =>
        $"{_client.Connection.BaseAddress}repos/{_owner}/{_repository}/issues?state=all&page={page}";
}
