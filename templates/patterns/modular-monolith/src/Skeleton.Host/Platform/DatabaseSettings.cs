
namespace Skeleton.Host.Platform;

/// <summary>The <c>Database</c> settings and <c>ConnectionStrings:Database</c>, checked before the service listens.</summary>
internal sealed class DatabaseSettings
{
    /// <summary>The PostgreSQL connection string (<c>ConnectionStrings:Database</c>).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply every module's migrations at start-up (development, single instance). Defaults to false.</summary>
    public bool MigrateOnStartup { get; set; }
}

/// <summary>Registers and validates <see cref="DatabaseSettings"/>.</summary>
internal static class DatabaseSettingsRegistration
{
    public static IServiceCollection AddDatabaseSettings(this IServiceCollection services, IConfiguration configuration, bool required)
    {
        services.AddOptions<DatabaseSettings>()
            .Bind(configuration.GetSection("Database"))
            .Configure(settings => settings.ConnectionString = configuration.GetConnectionString("Database"))
            .Validate(
                settings => !required || !string.IsNullOrWhiteSpace(settings.ConnectionString),
                "ConnectionStrings:Database is required: set ConnectionStrings__Database to a PostgreSQL connection string (rampart dev sets it).")
            .ValidateOnStart();
        return services;
    }
}
