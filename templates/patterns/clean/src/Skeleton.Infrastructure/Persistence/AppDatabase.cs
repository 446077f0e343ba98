using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;

namespace Skeleton.Infrastructure.Persistence;

/// <summary>
/// The one PostgreSQL database: <c>ConnectionStrings:Database</c> validated before listening, <see cref="AppDbContext"/>
/// pooled with snake_case names and the entity conventions, its migrations (the <c>migrate</c> command and, when
/// <c>Rampart:Migrations:ApplyOnStartup</c> is true, at start-up), idempotency keys whose stored response commits with
/// the use case's work, and the database's readiness check.
/// </summary>
internal static class AppDatabase
{
    public const string ConnectionStringName = "Database";

    /// <summary>The EF Core migrations history table, in the service's schema.</summary>
    public const string HistoryTable = "__ef_migrations_history";

    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        services.AddOptions<DatabaseSettings>()
            .Configure(settings => settings.ConnectionString = connectionString)
            .Validate(
                settings => !string.IsNullOrWhiteSpace(settings.ConnectionString),
                "ConnectionStrings:Database is required: set ConnectionStrings__Database to a PostgreSQL connection string (rampart dev sets it).")
            .ValidateOnStart();

        // Contexts are pooled: the options are built once and a request leases a reset context, so the context takes
        // only its options and keeps no per-request state; the interceptor takes its clock from the root provider.
        services.AddDbContextPool<AppDbContext>((provider, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(HistoryTable, AppDbContext.Schema))
            .UseRampartData(provider)
            .AddInterceptors(new EntityStateInterceptor(provider.GetService<TimeProvider>() ?? TimeProvider.System)));
        services.AddRampartMigrations<AppDbContext>();
        services.AddRampartIdempotency<AppDbContext>();

        // Rampart's check: SELECT 1 with its own connect and command timeouts, so a hung server fails the probe in time.
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            services.AddHealthChecks().AddRampartPostgres(connectionString);
        }

        return services;
    }
}
