using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Rampart.AspNetCore.Redis;

/// <summary>Readiness: Redis answers PING within the operation timeout.</summary>
internal sealed class RedisReadinessCheck(RedisConnection connection) : IHealthCheck
{
    public const string Name = "redis";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!connection.IsConnected)
        {
            return HealthCheckResult.Unhealthy("Redis is not connected.");
        }

        try
        {
            await connection.Multiplexer.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy(ex is TimeoutException ? "Redis did not answer PING in time." : "Redis did not answer PING.", ex);
        }
    }
}
