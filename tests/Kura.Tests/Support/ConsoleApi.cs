using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kura.Tests.Fixtures;

namespace Kura.Tests.Support;

/// <summary>The console's JSON API as a script uses it: Basic credentials and the console header.</summary>
public sealed class ConsoleApi : IDisposable
{
    private readonly HttpClient _http;

    public ConsoleApi(KuraServer server, string? accessKey = null, string? secretKey = null)
    {
        _http = new HttpClient { BaseAddress = server.ConsoleEndpoint };
        var pair = $"{accessKey ?? server.AccessKey}:{secretKey ?? server.SecretKey}";
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
        _http.DefaultRequestHeaders.Add("X-Kura-Console", "1");
    }

    public async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path)
        {
            Content = body is null ? null : JsonContent.Create(body),
        };
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public Task<JsonElement> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<JsonElement> PostAsync(string path, object? body = null) => SendAsync(HttpMethod.Post, path, body);

    public void Dispose() => _http.Dispose();
}
