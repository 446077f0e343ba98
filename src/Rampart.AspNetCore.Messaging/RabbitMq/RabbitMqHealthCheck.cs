using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Messaging.RabbitMq;

/// <summary>
/// Readiness of the broker: the connection is open (opening it if needed, within a short timeout) and a channel
/// can be opened on it. Unhealthy while the connection is down or recovering.
/// </summary>
internal sealed class RabbitMqHealthCheck(RabbitMqConnection connection, IOptions<RabbitMqOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.HealthCheckTimeout);
        try
        {
            var current = await connection.GetAsync(timeout.Token);
            if (!current.IsOpen)
            {
                return HealthCheckResult.Unhealthy("The RabbitMQ connection is down and recovering.");
            }

            await using var channel = await current.CreateChannelAsync(cancellationToken: timeout.Token);
            return channel.IsOpen
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("RabbitMQ refused to open a channel.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"RabbitMQ did not answer within {options.Value.HealthCheckTimeout.TotalSeconds:0.#} s.");
        }
        catch (Exception ex) when (RabbitMqTransport.IsConnectivityFailure(ex))
        {
            return HealthCheckResult.Unhealthy("RabbitMQ is unreachable.", ex);
        }
    }
}
