using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds every Rampart middleware in the one order that works.</summary>
public static class RampartApplicationBuilderExtensions
{
    /// <summary>
    /// Uses, in order: trusted-proxy forwarded headers, request id and log scope, the request line and header limits,
    /// shutdown tracking, security
    /// headers, problem details for exceptions and bodiless error statuses, routing, the module log scope, the body
    /// limit, CORS, authentication (when registered), the rate limiter, then authorization (when registered). The
    /// limiter sits between the two: it partitions by the user a valid token names, by IP otherwise, and it counts
    /// the requests authorization then refuses with 401 or 403.
    /// </summary>
    public static WebApplication UseRampartDefaults(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRampartForwardedHeaders();
        app.UseRampartRequestId();
        app.UseRampartRequestLimits();
        app.UseRampartShutdownTracking();
        app.UseRampartSecurityHeaders();
        app.UseRampartProblemDetails();
        app.UseRouting();
        app.UseRampartModuleScope();
        app.UseRampartRequestBodyLimit();
        app.UseCors();
        var services = app.Services.GetRequiredService<IServiceProviderIsService>();
        if (services.IsService(typeof(IAuthenticationSchemeProvider)))
        {
            app.UseAuthentication();
        }

        app.UseRampartRateLimiting();
        if (services.IsService(typeof(IPolicyEvaluator)))
        {
            app.UseAuthorization();
        }

        return app;
    }

    /// <summary>
    /// Maps <c>/health/live</c>, <c>/health/ready</c>, <c>/openapi/v1.json</c>, <c>/docs</c> and, when Prometheus
    /// scraping is on, <c>/metrics</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapRampartPlatformEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapRampartHealth().MapRampartOpenApi().MapRampartMetrics();
    }
}
