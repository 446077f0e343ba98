using Rampart.AspNetCore.Health;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the health checks behind <c>/health/live</c> and <c>/health/ready</c>.</summary>
public static class HealthServiceCollectionExtensions
{
    /// <summary>
    /// Adds the framework's health checks with a <c>shutdown</c> readiness check, and returns the builder so
    /// dependency checks can be added with the <see cref="RampartHealthTags.Ready"/> tag.
    /// </summary>
    public static IHealthChecksBuilder AddRampartHealth(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddHealthChecks()
            .AddCheck<ShutdownHealthCheck>(ShutdownHealthCheck.Name, tags: [RampartHealthTags.Ready]);
    }
}
