using System.Text.Json;

namespace Kura.Protocol.Cors;

/// <summary>A bucket's CORS rules; kept in the index as JSON.</summary>
internal sealed record CorsConfiguration(IReadOnlyList<CorsRule> Rules)
{
    private const int MaxRules = 100;
    private static readonly string[] Methods = ["GET", "PUT", "POST", "DELETE", "HEAD"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The first rule that allows this origin and method, as S3 picks it.</summary>
    public CorsRule? Match(string origin, string method) =>
        Rules.FirstOrDefault(r => r.AllowsOrigin(origin) && r.AllowsMethod(method));

    /// <summary>Why the rules cannot be stored, or null when they can.</summary>
    public string? Problem()
    {
        if (Rules.Count is 0 or > MaxRules)
        {
            return $"A CORS configuration holds between 1 and {MaxRules} rules.";
        }

        foreach (var rule in Rules)
        {
            if (rule.AllowedOrigins.Count == 0 || rule.AllowedMethods.Count == 0)
            {
                return "Every CORS rule needs at least one AllowedOrigin and one AllowedMethod.";
            }

            if (rule.AllowedMethods.FirstOrDefault(m => !Methods.Contains(m)) is { } method)
            {
                return $"Found unsupported HTTP method in CORS config. Unsupported method is {method}";
            }

            if (rule.AllowedOrigins.Concat(rule.AllowedHeaders).Any(p => p.Count(c => c == '*') > 1))
            {
                return "An AllowedOrigin or AllowedHeader can contain at most one '*' wildcard.";
            }
        }

        return null;
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static CorsConfiguration? FromJson(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<CorsConfiguration>(json, Json);
}
