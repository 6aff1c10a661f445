using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Kizuki.Model;
using Kizuki.Taxonomy;

namespace Kizuki.Sources;

/// <summary>
/// Writes a meeting decision back to the tracker, so that labels stay the source of
/// truth: GitHub <c>POST /repos/{owner}/{repo}/issues/{number}/labels</c>, GitLab
/// <c>PUT /projects/:id/issues/:iid</c> with <c>add_labels</c>, Jira <c>PUT /rest/api/2/issue/{key}</c>
/// with a label <c>add</c> or, when the dimension names a field, the field's value. Labels are
/// added, never replaced, so a concurrent edit on the tracker is not lost.
/// </summary>
internal sealed class TrackerWriteBack
{
    private readonly IReadOnlyList<TrackerSettings> _trackers;
    private readonly HttpClient _http;
    private readonly ILogger _logger;

    /// <summary>Writes with <paramref name="http"/> to the trackers that have a write token.</summary>
    public TrackerWriteBack(IReadOnlyList<TrackerSettings> trackers, HttpClient http, ILogger logger)
    {
        _trackers = trackers;
        _http = http;
        _logger = logger;
    }

    /// <summary>
    /// Writes <paramref name="value"/> of <paramref name="dimension"/> to the tracker holding
    /// <paramref name="defect"/>; returns a <see cref="WriteStatus"/> and what was written or the
    /// tracker's answer. Never throws for a tracker failure: the decision is kept either way.
    /// </summary>
    public async Task<(string Status, string? Detail)> WriteAsync(
        Defect defect,
        Dimension dimension,
        string value,
        CancellationToken cancellationToken)
    {
        var tracker = _trackers.FirstOrDefault(t => t.WriteToken is { Length: > 0 } && Holds(t, defect));
        var label = dimension.LabelFor(value);
        if (tracker is null || (label is null && dimension.WriteField is null))
        {
            return (WriteStatus.NotConfigured, null);
        }

        using var request = Request(tracker, defect, dimension, value, label);
        var what = request.What;
        try
        {
            using var response = await _http.SendAsync(request.Message, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                Log.WriteBackDone(_logger, defect.Source, defect.Key, what, (int)response.StatusCode);
                return (WriteStatus.Written, what);
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var reason = $"{(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}";
            Log.WriteBackFailed(_logger, defect.Source, defect.Key, what, reason);
            return (WriteStatus.Failed, reason);
        }
        catch (HttpRequestException ex)
        {
            Log.WriteBackFailed(_logger, defect.Source, defect.Key, what, ex.Message);
            return (WriteStatus.Failed, ex.Message);
        }
    }

    private static bool Holds(TrackerSettings tracker, Defect defect) => tracker.Kind.ToLowerInvariant() switch
    {
        "github" => defect.Source == "github:" + tracker.Project,
        "gitlab" => defect.Source == "gitlab:" + tracker.Project,
        "jira" => defect.Source.StartsWith("jira:", StringComparison.Ordinal),
        _ => false,
    };

    private static WriteRequest Request(
        TrackerSettings tracker,
        Defect defect,
        Dimension dimension,
        string value,
        string? label)
    {
        var root = (tracker.BaseUrl ?? string.Empty).TrimEnd('/') + "/";
        switch (tracker.Kind.ToLowerInvariant())
        {
            case "github":
                {
                    // github.com's API lives on api.github.com; GitHub Enterprise under /api/v3/.
                    var api = tracker.BaseUrl is null ? "https://api.github.com/" : root + "api/v3/";
                    var message = new HttpRequestMessage(
                        HttpMethod.Post, $"{api}repos/{tracker.Project}/issues/{defect.Key}/labels")
                    {
                        Content = JsonContent.Create(new { labels = new[] { label } }),
                    };
                    message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tracker.WriteToken);
                    message.Headers.Accept.ParseAdd("application/vnd.github+json");
                    message.Headers.Add("X-GitHub-Api-Version", "2022-11-28");
                    message.Headers.UserAgent.ParseAdd("kizuki");
                    return new WriteRequest(message, "label " + label);
                }

            case "gitlab":
                {
                    var api = (tracker.BaseUrl is null ? "https://gitlab.com/" : root) + "api/v4/";
                    var message = new HttpRequestMessage(
                        HttpMethod.Put,
                        $"{api}projects/{Uri.EscapeDataString(tracker.Project!)}/issues/{defect.Key}")
                    {
                        Content = JsonContent.Create(new { add_labels = label }),
                    };
                    message.Headers.Add("PRIVATE-TOKEN", tracker.WriteToken);
                    return new WriteRequest(message, "label " + label);
                }

            default:
                {
                    var field = dimension.WriteField;
                    var body = field is not null
                        ? new JsonObject
                        {
                            ["fields"] = new JsonObject { [field] = new JsonObject { ["value"] = value } },
                        }
                        : new JsonObject
                        {
                            ["update"] = new JsonObject
                            {
                                ["labels"] = new JsonArray(new JsonObject { ["add"] = label }),
                            },
                        };
                    var message = new HttpRequestMessage(HttpMethod.Put, $"{root}rest/api/2/issue/{defect.Key}")
                    {
                        Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
                    };
                    message.Headers.Authorization = tracker.User is null
                        ? new AuthenticationHeaderValue("Bearer", tracker.WriteToken)
                        : new AuthenticationHeaderValue(
                            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{tracker.User}"
                                + $":{tracker.WriteToken}")));
                    return new WriteRequest(message, field is not null ? $"field {field}={value}" : "label " + label);
                }
        }
    }

    private sealed record WriteRequest(HttpRequestMessage Message, string What) : IDisposable
    {
        public void Dispose() => Message.Dispose();
    }
}
