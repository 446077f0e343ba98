using Npgsql;
using Rampart.AspNetCore.Health;

namespace Skeleton.Host.Platform;

/// <summary>Readiness (<c>/health/ready</c>): one check per configured dependency, tagged for Rampart's ready probe.</summary>
internal static class PlatformReadiness
{
    /// <summary>PostgreSQL must answer when <c>ConnectionStrings:Database</c> is set.</summary>
    public static IServiceCollection AddDatabaseReadiness(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetConnectionString("Database");
        if (!string.IsNullOrWhiteSpace(database))
        {
            services.AddSingleton(NpgsqlDataSource.Create(database));
            services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [RampartHealthTags.Ready]);
        }

        return services;
    }
#if RAMPART_BROKER_RABBITMQ

    /// <summary>RabbitMQ must accept a connection when <c>Messaging:RabbitMq:Uri</c> is set.</summary>
    public static IServiceCollection AddBrokerReadiness(this IServiceCollection services, IConfiguration configuration)
    {
        var broker = configuration["Messaging:RabbitMq:Uri"];
        if (!string.IsNullOrWhiteSpace(broker))
        {
            services.AddSingleton(new RabbitMqHealthCheck(new Uri(broker)));
            services.AddHealthChecks().AddCheck<RabbitMqHealthCheck>("broker", tags: [RampartHealthTags.Ready]);
        }

        return services;
    }
#endif
}
