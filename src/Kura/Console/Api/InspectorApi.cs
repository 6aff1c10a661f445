using System.Text.Json;

namespace Kura.Console.Api;

/// <summary>The live request inspector: recent requests, and a Server-Sent Events stream.</summary>
internal static class InspectorApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/inspector", (HttpContext context, RequestInspector inspector) =>
        {
            var limit = int.TryParse(context.Request.Query["limit"], out var parsed)
                ? Math.Clamp(parsed, 1, RequestInspector.Capacity)
                : 200;
            return inspector.Recent(RequestInspector.Capacity)
                .Where(r => Visible(context, r) && r.Matches(context.Request.Query))
                .TakeLast(limit).ToList();
        });

        api.MapGet("/inspector/stream", async (HttpContext context, RequestInspector inspector) =>
        {
            var response = context.Response;
            response.ContentType = "text/event-stream";
            response.Headers.CacheControl = "no-cache";
            response.Headers["X-Accel-Buffering"] = "no";
            using var subscription = inspector.Subscribe();
            await response.WriteAsync(": connected\n\n", context.RequestAborted);
            await response.Body.FlushAsync(context.RequestAborted);
            try
            {
                await foreach (var record in subscription.Reader.ReadAllAsync(context.RequestAborted))
                {
                    if (Visible(context, record) && record.Matches(context.Request.Query))
                    {
                        await response.WriteAsync(
                            $"data: {JsonSerializer.Serialize(record, Json)}\n\n",
                            context.RequestAborted);
                        await response.Body.FlushAsync(context.RequestAborted);
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // The viewer closed the page.
            }
        });
    }

    /// <summary>A limited key sees only the requests of its own bucket.</summary>
    private static bool Visible(HttpContext context, RequestRecord record)
    {
        var user = ConsoleUser.Get(context);
        return user.Bucket is null || record.Bucket == user.Bucket;
    }
}
