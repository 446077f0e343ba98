using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Data;
using Skeleton.Core.Common;
#if RAMPART_EXAMPLE_SHOP
using Skeleton.Adapters.Persistence.Catalog;
using Skeleton.Adapters.Persistence.Orders;
using Skeleton.Core.Catalog.Ports;
using Skeleton.Core.Orders.Ports;
#endif

namespace Skeleton.Adapters.Persistence;

/// <summary>
/// The one PostgreSQL database: <c>ConnectionStrings:Database</c> validated before listening, <see cref="AppDbContext"/>
/// pooled with Rampart's data conventions, its migrations (runnable by the <c>migrate</c> command and, when
/// <c>Rampart:Migrations:ApplyOnStartup</c> is true, at start-up), idempotency keys whose stored response commits with
/// the use case's work, and the database's readiness check.
/// </summary>
public static class PersistenceAdapter
{
    public const string ConnectionStringName = "Database";

    /// <summary>The EF Core migrations history table, in the service's schema.</summary>
    public const string HistoryTable = "__ef_migrations_history";

    public static IServiceCollection AddPersistenceAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        services.AddOptions<DatabaseSettings>()
            .Configure(settings => settings.ConnectionString = connectionString)
            .Validate(
                settings => !string.IsNullOrWhiteSpace(settings.ConnectionString),
                "ConnectionStrings:Database is required: set ConnectionStrings__Database to a PostgreSQL connection string (rampart dev sets it).")
            .ValidateOnStart();

        // Contexts are pooled: the options are built once and a request leases a reset context, so the context takes
        // only its options in its constructor and keeps no per-request state of its own.
        services.AddDbContextPool<AppDbContext>((provider, options) => Configure(options, connectionString).UseRampartData(provider));
        services.AddRampartMigrations<AppDbContext>();
        services.AddRampartIdempotency<AppDbContext>();
        services.AddScoped<UnitOfWork>();
        services.AddScoped<IUnitOfWork>(provider => provider.GetRequiredService<UnitOfWork>());
#if RAMPART_EXAMPLE_SHOP
        services.AddScoped<IProductRepository, ProductRepository>();
        services.AddCachedEntity<ProductRecord>("catalog", "product"); // every saved product write removes catalog:product:{id} and its lists
        services.AddScoped<IOrderRepository, OrderRepository>();
#endif

        // Rampart's check: SELECT 1 with its own connect and command timeouts, so a hung server fails the probe in time.
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            services.AddHealthChecks().AddRampartPostgres(connectionString);
        }

        return services;
    }

    /// <summary>The provider and naming every use of the context shares: the running service and <c>dotnet ef</c>.</summary>
    internal static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string? connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(HistoryTable, AppDbContext.Schema))
            .UseSnakeCaseNamingConvention();
}
