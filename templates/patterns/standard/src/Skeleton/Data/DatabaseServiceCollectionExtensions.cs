using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data;

namespace Skeleton.Data;

/// <summary>The service's one PostgreSQL database: its DbContext, its migrations, its setting and its readiness check.</summary>
internal static class DatabaseServiceCollectionExtensions
{
    /// <summary>The connection string's name: <c>ConnectionStrings:Database</c>.</summary>
    public const string ConnectionStringName = "Database";

    /// <summary>The EF Core migrations history table.</summary>
    public const string HistoryTable = "__ef_migrations_history";

    /// <summary>
    /// Registers <see cref="AppDbContext"/> on PostgreSQL with snake_case names and Rampart's data conventions,
    /// pooled (a request leases a reset context); its migrations runnable by the <c>migrate</c> command and, when
    /// <c>Rampart:Migrations:ApplyOnStartup</c> is true, at start-up; and joining the transaction of a request that
    /// carries an <c>Idempotency-Key</c>, so what a controller saves commits with the stored response, or not at all.
    /// </summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        services.AddOptions<DatabaseSettings>()
            .Configure(settings => settings.ConnectionString = connectionString)
            .Validate(
                settings => !string.IsNullOrWhiteSpace(settings.ConnectionString),
                "ConnectionStrings:Database is required: set ConnectionStrings__Database to a PostgreSQL connection string (rampart dev sets it).")
            .ValidateOnStart();

        services.AddDbContextPool<AppDbContext>((provider, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(HistoryTable))
            .UseRampartData(provider));
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
