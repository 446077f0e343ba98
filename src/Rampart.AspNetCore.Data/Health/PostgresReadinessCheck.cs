using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Rampart.AspNetCore.Data.Health;

/// <summary>
/// Ready when PostgreSQL answers <c>SELECT 1</c> within the timeout, connecting included.
/// A hung server accepts the connection and never completes the handshake: a cancellation token does not end that
/// wait and the service's own connection timeout is sized for requests, so the probe connects with its own timeouts
/// (one small pool of its own, one connection per probe) instead of borrowing the context and its pool.
/// </summary>
/// <param name="configuredConnectionString">The service's connection string, read on the first probe.</param>
/// <param name="timeout">How long the probe may take, connecting included.</param>
internal sealed class PostgresReadinessCheck(Func<string> configuredConnectionString, TimeSpan timeout) : IHealthCheck
{
    private string? _connectionString;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await using var connection = new NpgsqlConnection(_connectionString ??= ProbeConnectionString());
            await connection.OpenAsync(deadline.Token);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(deadline.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"PostgreSQL did not answer within {timeout.TotalSeconds:0.#} s.", ex);
        }
    }

    /// <summary>The connection string of <typeparamref name="TContext"/>'s database.</summary>
    public static string Of<TContext>(IServiceProvider services)
        where TContext : DbContext
    {
        using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateScope();
        return scope.ServiceProvider.GetRequiredService<TContext>().Database.GetConnectionString()
            ?? throw new InvalidOperationException($"{typeof(TContext).Name} has no connection string to probe.");
    }

    private string ProbeConnectionString()
    {
        var configured = configuredConnectionString();
        var seconds = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds));
        return new NpgsqlConnectionStringBuilder(configured)
        {
            Timeout = seconds,
            CommandTimeout = seconds,
            MaxPoolSize = 2,
            ApplicationName = "rampart-readiness",
        }.ConnectionString;
    }
}
