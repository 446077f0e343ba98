
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

/// <summary>Registers and validates <see cref="DatabaseSettings"/>.</summary>
internal static class DatabaseSettingsRegistration
{
    public static IServiceCollection AddDatabaseSettings(this IServiceCollection services, IConfiguration configuration, bool required)
    {
        services.AddOptions<DatabaseSettings>()
            .Configure(settings => settings.ConnectionString = configuration.GetConnectionString("Database"))
            .Validate(
                settings => !required || !string.IsNullOrWhiteSpace(settings.ConnectionString),
                "ConnectionStrings:Database is required: set ConnectionStrings__Database to a PostgreSQL connection string (rampart dev sets it).")
            .ValidateOnStart();
        return services;
    }
}
