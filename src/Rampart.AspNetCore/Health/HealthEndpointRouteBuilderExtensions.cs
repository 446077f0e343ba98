using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Rampart.AspNetCore.Health;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the health endpoints.</summary>
public static class HealthEndpointRouteBuilderExtensions
{
    /// <summary>The liveness path.</summary>
    public const string LivePath = "/health/live";

    /// <summary>The readiness path.</summary>
    public const string ReadyPath = "/health/ready";

    /// <summary>
    /// Maps <c>/health/live</c> (runs no check: 200 while the process serves) and <c>/health/ready</c> (runs every
    /// check tagged <see cref="RampartHealthTags.Ready"/>; 503 when one fails and from the moment shutdown begins).
    /// Both are exempt from rate limiting and absent from the OpenAPI document.
    /// </summary>
    public static IEndpointRouteBuilder MapRampartHealth(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthResponseWriter.WriteAsync,
        }).DisableRateLimiting().ExcludeFromDescription();
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(RampartHealthTags.Ready),
            ResponseWriter = HealthResponseWriter.WriteAsync,
            ResultStatusCodes =
            {
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded] = StatusCodes.Status200OK,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).DisableRateLimiting().ExcludeFromDescription();
        return endpoints;
    }
}
