
namespace Skeleton.Host.Platform;

/// <summary>
/// <c>ConnectionStrings:Database</c>, checked before the service listens. Migrations at start-up are the migrations
/// block's own setting, <c>Rampart:Migrations:ApplyOnStartup</c>.
/// </summary>
internal sealed class DatabaseSettings
{
    /// <summary>The PostgreSQL connection string (<c>ConnectionStrings:Database</c>).</summary>
    public string? ConnectionString { get; set; }
}

/// <summary>The service's one PostgreSQL database: its setting, validated before listening, and its readiness check.</summary>
internal static class DatabaseRegistration
{
    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration, bool required)
    {
        var connectionString = configuration.GetConnectionString("Database");
        services.AddOptions<DatabaseSettings>()
            .Configure(settings => settings.ConnectionString = connectionString)
            .Validate(
                settings => !required || !string.IsNullOrWhiteSpace(settings.ConnectionString),
                "ConnectionStrings:Database is required: set ConnectionStrings__Database to a PostgreSQL connection string (rampart dev sets it).")
            .ValidateOnStart();

        // Rampart's check: SELECT 1 with its own connect and command timeouts, so a hung server fails the probe in time.
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            services.AddHealthChecks().AddRampartPostgres(connectionString);
        }

        return services;
    }
}
