using Kura.Auth;
using Kura.Console.Api;

namespace Kura.Console;

/// <summary>
/// The console: the embedded single-page UI and its JSON API, on their own port. Every API call
/// but signing in passes <see cref="ConsoleUser.Authenticate"/>; failures become JSON errors.
/// </summary>
internal static class ConsoleApp
{
    public static void Configure(IApplicationBuilder branch)
    {
        branch.Use(ConsoleErrors.HandleAsync);
        branch.Use((context, next) =>
        {
            // Before routing, so a cross-site form post is refused even where no endpoint would
            // accept its body.
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                ConsoleUser.CheckSameSite(context);
            }

            return next(context);
        });
        branch.UseRouting();
        branch.UseEndpoints(endpoints =>
        {
            SessionApi.Map(endpoints);
            var api = endpoints.MapGroup("/api").AddEndpointFilter(async (invocation, next) =>
            {
                var services = invocation.HttpContext.RequestServices;
                ConsoleUser.Authenticate(
                    invocation.HttpContext,
                    services.GetRequiredService<ConsoleSessions>(),
                    services.GetRequiredService<ICredentialStore>());
                return await next(invocation);
            });
            BucketApi.Map(api);
            ObjectApi.Map(api);
            UploadApi.Map(api);
            KeyApi.Map(api);
            InspectorApi.Map(api);
            SnapshotApi.Map(api);
            endpoints.MapFallback("{*path}", StaticFiles.ServeAsync);
        });
    }
}
