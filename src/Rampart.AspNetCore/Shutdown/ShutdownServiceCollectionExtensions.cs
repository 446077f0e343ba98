using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Shutdown;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers graceful shutdown.</summary>
public static class ShutdownServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="ShutdownOptions"/> from <c>Rampart:Shutdown</c>, registers <see cref="IShutdownDrain"/> (the
    /// hook background workers use) and the service that orders shutdown, and sets the host's shutdown timeout to
    /// the readiness delay plus the drain timeout.
    /// </summary>
    public static IServiceCollection AddRampartShutdown(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRampartOptions<ShutdownOptions>(ShutdownOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IShutdownDrain, ShutdownDrain>();
        services.AddHostedService<ShutdownLifecycleService>();
        services.AddOptions<HostOptions>().Configure<IOptions<ShutdownOptions>>((host, shutdown) =>
            host.ShutdownTimeout = shutdown.Value.ReadinessDelay + shutdown.Value.DrainTimeout + TimeSpan.FromSeconds(1));
        return services;
    }
}
