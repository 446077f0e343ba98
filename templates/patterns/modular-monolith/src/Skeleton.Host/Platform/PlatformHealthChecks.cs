using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Npgsql;

namespace Skeleton.Host.Platform;

/// <summary>Liveness and readiness: <c>/health/live</c> checks nothing, <c>/health/ready</c> checks every dependency.</summary>
internal static class PlatformHealthChecks
{
    private const string ReadyTag = "ready";

    /// <summary>Registers a readiness check per configured dependency.</summary>
    public static IServiceCollection AddPlatformHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks();
        var database = configuration.GetConnectionString("Database");
        if (!string.IsNullOrWhiteSpace(database))
        {
            services.AddSingleton(NpgsqlDataSource.Create(database));
            checks.AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        }
#if RAMPART_BROKER_RABBITMQ

        var broker = configuration["Messaging:RabbitMq:Uri"];
        if (!string.IsNullOrWhiteSpace(broker))
        {
            services.AddSingleton(new RabbitMqHealthCheck(new Uri(broker)));
            checks.AddCheck<RabbitMqHealthCheck>("broker", tags: [ReadyTag]);
        }
#endif

        return services;
    }

    /// <summary>Maps <c>/health/live</c> and <c>/health/ready</c>.</summary>
    public static IEndpointRouteBuilder MapPlatformHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
