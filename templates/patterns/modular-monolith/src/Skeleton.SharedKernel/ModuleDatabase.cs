using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Data;

namespace Skeleton.SharedKernel;

/// <summary>How a module gets its own DbContext: one database for the service, one schema per module.</summary>
public static class ModuleDatabase
{
    /// <summary>The connection string every module uses: <c>ConnectionStrings:Database</c>.</summary>
    public const string ConnectionStringName = "Database";

    /// <summary>The EF Core migrations history table, kept in each module's own schema.</summary>
    public const string HistoryTable = "__ef_migrations_history";

    /// <summary>
    /// Registers <typeparamref name="TContext"/> on PostgreSQL (<c>ConnectionStrings:Database</c>) with Rampart's data
    /// conventions, its migrations history in <paramref name="schema"/>, and its migrations runnable by the
    /// <c>migrate</c> command and, when <c>Rampart:Migrations:ApplyOnStartup</c> is true, at start-up. Contexts are pooled: the
    /// options are built once and a request leases a reset context instead of building one (a context therefore takes
    /// only its options in its constructor and keeps no per-request state of its own). In a request that carries an
    /// <c>Idempotency-Key</c> the context joins the request's transaction, so what the endpoint saves commits together
    /// with the stored response, or not at all.
    /// </summary>
    public static IServiceCollection AddModuleDatabase<TContext>(this IServiceCollection services, IConfiguration configuration, string schema)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        services.AddDbContextPool<TContext>((provider, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(HistoryTable, schema))
            .UseRampartData(provider));
        services.JoinIdempotentRequests<TContext>();
        services.AddRampartMigrations<TContext>();
        return services;
    }
}
