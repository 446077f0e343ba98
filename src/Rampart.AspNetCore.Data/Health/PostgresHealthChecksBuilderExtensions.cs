using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Rampart.AspNetCore.Data.Health;
using Rampart.AspNetCore.Health;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the database to readiness.</summary>
public static class PostgresHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds a readiness check of <typeparamref name="TContext"/>'s database, tagged <c>ready</c> and named
    /// <paramref name="name"/>: it runs <c>SELECT 1</c> and fails when the database does not answer within
    /// <paramref name="timeout"/> (defaults to 3 seconds), connecting included, so a hung server fails the probe instead
    /// of hanging it.
    /// </summary>
    public static IHealthChecksBuilder AddRampartPostgres<TContext>(
        this IHealthChecksBuilder builder, string name = "postgres", TimeSpan? timeout = null)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        var limit = timeout ?? TimeSpan.FromSeconds(3);
        return builder.Add(new HealthCheckRegistration(
            name,
            services => new PostgresReadinessCheck<TContext>(services.GetRequiredService<IServiceScopeFactory>(), limit),
            HealthStatus.Unhealthy,
            [RampartHealthTags.Ready]));
    }
}
