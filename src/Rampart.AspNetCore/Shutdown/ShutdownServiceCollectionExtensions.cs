using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
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
        // The host reads its options while it is built, before start-up validation runs: bind without validating
        // here, so an invalid setting is reported by that validation with its one-line message.
        services.AddOptions<HostOptions>().Configure<IConfiguration>((host, configuration) =>
        {
            var shutdown = new ShutdownOptions();
            try
            {
                configuration.GetSection(ShutdownOptions.SectionName).Bind(shutdown);
            }
            catch (InvalidOperationException)
            {
                return;
            }

            host.ShutdownTimeout = shutdown.ReadinessDelay + shutdown.DrainTimeout + TimeSpan.FromSeconds(1);
        });
        return services;
    }
}
