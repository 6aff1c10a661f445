using Kura.Protocol.Xml;

namespace Kura.Protocol.Cors;

/// <summary>PutBucketCors, GetBucketCors, DeleteBucketCors and the browser's preflight OPTIONS.</summary>
internal static class CorsHandlers
{
    public static async Task PutAsync(S3Context context)
    {
        var bucket = context.RequiredBucket;
        _ = context.Storage.GetBucket(bucket);
        var configuration = CorsXml.Parse(await XmlInput.ReadRequestAsync(context));
        if (configuration.Problem() is { } problem)
        {
            throw new S3Exception(S3Error.MalformedXML, problem);
        }

        await context.Storage.SetCorsAsync(bucket, configuration.ToJson(), context.Aborted);
        context.Response.StatusCode = 200;
    }

    public static Task GetAsync(S3Context context)
    {
        var configuration = CorsConfiguration.FromJson(context.Storage.GetCors(context.RequiredBucket))
            ?? throw new S3Exception(S3Error.NoSuchCORSConfiguration);
        return XmlOutput.WriteAsync(
            context.Response,
            200,
            "CORSConfiguration",
            xml => CorsXml.Write(xml, configuration));
    }

    public static async Task DeleteAsync(S3Context context)
    {
        _ = context.Storage.GetBucket(context.RequiredBucket);
        await context.Storage.SetCorsAsync(context.RequiredBucket, null, context.Aborted);
        context.Response.StatusCode = 204;
    }

    /// <summary>
    /// Answers a preflight from the bucket's rules. Preflights carry no credentials, so this runs
    /// before authentication, like S3's.
    /// </summary>
    public static Task PreflightAsync(S3Context context)
    {
        var origin = context.Header("Origin");
        var method = context.Header("Access-Control-Request-Method");
        if (origin is null || method is null || context.Bucket is null)
        {
            throw new S3Exception(S3Error.BadRequest);
        }

        var requested = (context.Header("Access-Control-Request-Headers") ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var configuration = CorsConfiguration.FromJson(context.Storage.GetCors(context.Bucket));
        var rule = configuration?.Rules.FirstOrDefault(r =>
            r.AllowsOrigin(origin) && r.AllowsMethod(method) && r.AllowsHeaders(requested));
        if (rule is null)
        {
            throw new S3Exception(S3Error.CorsForbidden);
        }

        var headers = context.Response.Headers;
        headers.AccessControlAllowOrigin = AllowOrigin(rule, origin);
        headers.AccessControlAllowMethods = string.Join(", ", rule.AllowedMethods);
        if (requested.Length > 0)
        {
            headers.AccessControlAllowHeaders = string.Join(", ", requested);
        }

        if (rule.MaxAgeSeconds is { } age)
        {
            headers.AccessControlMaxAge = age.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        headers.Vary = "Origin, Access-Control-Request-Headers, Access-Control-Request-Method";
        context.Response.StatusCode = 200;
        return Task.CompletedTask;
    }

    /// <summary>
    /// The CORS headers of an actual request from a browser, worked out before the handler runs
    /// so they go out with success and error responses alike.
    /// </summary>
    public static IReadOnlyList<(string Name, string Value)> ResponseHeaders(S3Context context)
    {
        var origin = context.Header("Origin");
        if (origin is null || context.Bucket is null || context.Storage.FindBucket(context.Bucket) is null)
        {
            return [];
        }

        var rule = CorsConfiguration.FromJson(context.Storage.GetCors(context.Bucket))
            ?.Match(origin, context.Request.Method);
        if (rule is null)
        {
            return [];
        }

        var headers = new List<(string, string)>
        {
            ("Access-Control-Allow-Origin", AllowOrigin(rule, origin)),
            ("Access-Control-Allow-Methods", string.Join(", ", rule.AllowedMethods)),
            ("Vary", "Origin"),
        };
        if (rule.ExposeHeaders.Count > 0)
        {
            headers.Add(("Access-Control-Expose-Headers", string.Join(", ", rule.ExposeHeaders)));
        }

        if (!rule.AllowedOrigins.Contains("*"))
        {
            headers.Add(("Access-Control-Allow-Credentials", "true"));
        }

        return headers;
    }

    private static string AllowOrigin(CorsRule rule, string origin) => rule.AllowedOrigins.Contains("*") ? "*" : origin;
}
