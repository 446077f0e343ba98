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
        return builder.Add(Registration(name, services => () => PostgresReadinessCheck.Of<TContext>(services), timeout));
    }

    /// <summary>
    /// Adds a readiness check of the database <paramref name="connectionString"/> names, for a service that has no
    /// DbContext of its own (yet); otherwise as <see cref="AddRampartPostgres{TContext}"/>.
    /// </summary>
    public static IHealthChecksBuilder AddRampartPostgres(
        this IHealthChecksBuilder builder, string connectionString, string name = "postgres", TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return builder.Add(Registration(name, _ => () => connectionString, timeout));
    }

    private static HealthCheckRegistration Registration(string name, Func<IServiceProvider, Func<string>> connectionString, TimeSpan? timeout) => new(
        name,
        services => new PostgresReadinessCheck(connectionString(services), timeout ?? TimeSpan.FromSeconds(3)),
        HealthStatus.Unhealthy,
        [RampartHealthTags.Ready]);
}
