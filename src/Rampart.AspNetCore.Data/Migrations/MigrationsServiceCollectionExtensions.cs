using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Rampart.AspNetCore.Data.Migrations;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the migrations runner.</summary>
public static class MigrationsServiceCollectionExtensions
{
    /// <summary>
    /// Makes <typeparamref name="TContext"/>'s migrations runnable by the <c>migrate</c> and <c>migrations script</c>
    /// commands (<c>RunRampartCommandAsync</c>) and, when <see cref="RampartMigrationsOptions.ApplyOnStartup"/> is set,
    /// at start-up. Call once per DbContext that owns migrations.
    /// </summary>
    public static IServiceCollection AddRampartMigrations<TContext>(this IServiceCollection services, Action<RampartMigrationsOptions>? configure = null)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<RampartMigrationsOptions>().BindConfiguration("Rampart:Migrations").Configure(configure ?? (_ => { }));
        services.AddSingleton<IRampartMigrationRunner, RampartMigrationRunner<TContext>>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, MigrateOnStartupService>());
        return services;
    }
}
