using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Health;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the database to readiness.</summary>
public static class PostgresHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds the framework's DbContext check for <typeparamref name="TContext"/>, tagged <c>ready</c> and named
    /// <paramref name="name"/>: it runs <c>SELECT 1</c> and fails when the database does not answer within
    /// <paramref name="timeout"/> (defaults to 3 seconds), so a hung server fails the probe instead of hanging it.
    /// </summary>
    public static IHealthChecksBuilder AddRampartPostgres<TContext>(
        this IHealthChecksBuilder builder, string name = "postgres", TimeSpan? timeout = null)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        var limit = timeout ?? TimeSpan.FromSeconds(3);
        return builder.AddDbContextCheck<TContext>(
            name,
            tags: [RampartHealthTags.Ready],
            customTestQuery: async (context, cancellationToken) =>
            {
                using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                deadline.CancelAfter(limit);
                await context.Database.ExecuteSqlRawAsync("SELECT 1", deadline.Token);
                return true;
            });
    }
}
