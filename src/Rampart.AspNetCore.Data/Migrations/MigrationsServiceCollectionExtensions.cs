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
        where TContext : DbContext =>
        services.AddRampartMigrationRunner<RampartMigrationRunner<TContext>>(configure);

    /// <summary>
    /// Puts <typeparamref name="TRunner"/> under the <c>migrate</c>, <c>migrations list</c> and <c>migrations script</c>
    /// commands and <see cref="RampartMigrationsOptions.ApplyOnStartup"/>: a DbContext's migrations, or a schema another
    /// block owns (the jobs block's job store).
    /// </summary>
    internal static IServiceCollection AddRampartMigrationRunner<TRunner>(this IServiceCollection services, Action<RampartMigrationsOptions>? configure = null)
        where TRunner : class, IRampartMigrationRunner
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<RampartMigrationsOptions>().BindConfiguration("Rampart:Migrations").Configure(configure ?? (_ => { }));
        services.AddSingleton<IRampartMigrationRunner, TRunner>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, MigrateOnStartupService>());
        return services;
    }
}
