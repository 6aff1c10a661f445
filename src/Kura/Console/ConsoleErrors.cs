using Kura.Protocol;
using Kura.Storage;

namespace Kura.Console;

/// <summary>Turns every refusal into the console's JSON error body, in one place.</summary>
internal static class ConsoleErrors
{
    public static async Task HandleAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (ConsoleException e)
        {
            await WriteAsync(context, e.Status, e.Error, e.Message);
        }
        catch (S3Exception e)
        {
            await WriteAsync(context, e.Error.Status, e.Error.Code, e.Message);
        }
        catch (StorageException e)
        {
            var s3 = StorageErrors.ToS3(e);
            var (status, code) = e.Code == StorageErrorCode.NoSuchSnapshot
                ? (404, "NoSuchSnapshot")
                : (s3.Error.Status, s3.Error.Code);
            await WriteAsync(context, status, code, e.Code == StorageErrorCode.NoSuchSnapshot
                ? "The snapshot does not exist."
                : s3.Message);
        }
        catch (BadHttpRequestException e)
        {
            await WriteAsync(context, 400, "BadRequest", e.Message);
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, string error, string message)
    {
        if (context.Response.HasStarted)
        {
            context.Abort();
            return;
        }

        context.Response.Clear();
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new { error, message });
    }
}
