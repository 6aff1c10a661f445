using System.Reflection;
using Microsoft.AspNetCore.StaticFiles;

namespace Kura.Console;

/// <summary>
/// Serves the console's pages from resources embedded in the binary, so the single-file server
/// needs no web root on disk. Unknown paths get index.html: the UI routes in the browser.
/// </summary>
internal static class StaticFiles
{
    private static readonly Assembly Assembly = typeof(StaticFiles).Assembly;
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value?.TrimStart('/') ?? "";
        if (path.StartsWith("api/", StringComparison.Ordinal))
        {
            throw new ConsoleException(404, "NotFound", "No such console API.");
        }

        var name = "console/" + (path.Length == 0 ? "index.html" : path);
        var stream = Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            name = "console/index.html";
            stream = Assembly.GetManifestResourceStream(name);
        }

        if (stream is null)
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("The console's pages are not in this build.", context.RequestAborted);
            return;
        }

        await using (stream)
        {
            var response = context.Response;
            response.ContentType = ContentTypes.TryGetContentType(name, out var type)
                ? type
                : "application/octet-stream";
            response.ContentLength = stream.Length;
            response.Headers.XContentTypeOptions = "nosniff";
            response.Headers.XFrameOptions = "SAMEORIGIN";
            response.Headers.ContentSecurityPolicy =
                "default-src 'self'; img-src 'self' data: blob:; frame-src 'self' blob:; " +
                "object-src 'none'; base-uri 'none'";
            response.Headers.CacheControl = name.EndsWith(".html", StringComparison.Ordinal)
                ? "no-cache"
                : "max-age=300";
            await stream.CopyToAsync(response.Body, context.RequestAborted);
        }
    }
}
