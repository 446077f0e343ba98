using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Rampart.AspNetCore.Shutdown;

namespace Rampart.AspNetCore.Health;

/// <summary>Unhealthy from the moment shutdown begins, so readiness answers 503 while in-flight work drains.</summary>
internal sealed class ShutdownHealthCheck(IHostApplicationLifetime lifetime, IServiceProvider services) : IHealthCheck
{
    public const string Name = "shutdown";

    private readonly IShutdownDrain? _drain = services.GetService<IShutdownDrain>();

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested || _drain?.Stopping.IsCancellationRequested == true
            ? HealthCheckResult.Unhealthy("The service is shutting down.")
            : HealthCheckResult.Healthy());
}
