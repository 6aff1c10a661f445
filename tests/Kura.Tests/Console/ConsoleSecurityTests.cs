using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kura.Tests.Fixtures;

namespace Kura.Tests.Console;

/// <summary>The console API without a browser: sessions, and refusal of cross-site requests.</summary>
public sealed class ConsoleSecurityTests(KuraServer server) : IClassFixture<KuraServer>
{
    [LocalServerFact]
    public async Task Api_WithoutSession_Returns401SignInRequired()
    {
        // Arrange
        using var http = new HttpClient { BaseAddress = server.ConsoleEndpoint };

        // Act
        using var response = await http.GetAsync("api/buckets");

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("SignInRequired", await ErrorCodeAsync(response));
    }

    [LocalServerFact]
    public async Task Api_CrossSiteFormPostWithSessionCookie_Returns403()
    {
        // Arrange
        using var http = await SignedInClientAsync();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "evil-bucket" });
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/buckets") { Content = form };
        request.Headers.Add("Origin", "http://evil.example");

        // Act
        using var response = await http.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("CrossSiteRequest", await ErrorCodeAsync(response));
    }

    [LocalServerFact]
    public async Task Api_ForeignOriginEvenWithTheConsoleHeader_Returns403()
    {
        // Arrange
        using var http = await SignedInClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/buckets")
        {
            Content = JsonContent.Create(new { name = "evil-bucket" }),
        };
        request.Headers.Add("Origin", "http://evil.example");
        request.Headers.Add("X-Kura-Console", "1");

        // Act
        using var response = await http.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("CrossSiteRequest", await ErrorCodeAsync(response));
    }

    [LocalServerFact]
    public async Task Session_AfterSignOut_NoLongerAccepted()
    {
        // Arrange
        using var http = await SignedInClientAsync();
        using var before = await http.GetAsync("api/session");
        using var signOut = new HttpRequestMessage(HttpMethod.Delete, "api/session");
        signOut.Headers.Add("X-Kura-Console", "1");

        // Act
        using var signedOut = await http.SendAsync(signOut);
        using var after = await http.GetAsync("api/buckets");

        // Assert
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.True(signedOut.IsSuccessStatusCode, signedOut.StatusCode.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    private async Task<HttpClient> SignedInClientAsync()
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() })
        {
            BaseAddress = server.ConsoleEndpoint,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/session")
        {
            Content = JsonContent.Create(new { accessKey = server.AccessKey, secretKey = server.SecretKey }),
        };
        request.Headers.Add("X-Kura-Console", "1");
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            response.Headers.GetValues("Set-Cookie"),
            c => c.StartsWith("kura_session=", StringComparison.Ordinal));
        return http;
    }

    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("error").GetString();
    }
}
