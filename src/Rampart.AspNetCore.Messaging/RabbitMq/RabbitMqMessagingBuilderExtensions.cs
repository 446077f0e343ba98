using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Health;
using Rampart.AspNetCore.Messaging.RabbitMq;
using Rampart.AspNetCore.Messaging.Transport;

namespace Rampart.AspNetCore.Messaging;

/// <summary>Moves messaging from the in-process default to RabbitMQ.</summary>
public static class RabbitMqMessagingBuilderExtensions
{
    /// <summary>The name of the RabbitMQ readiness check (tagged <c>ready</c>).</summary>
    public const string HealthCheckName = "rabbitmq";

    /// <summary>
    /// Publishes through RabbitMQ (publisher confirms) and consumes the consumers' queues; declares the topology and
    /// adds a readiness check tagged <c>ready</c>. The transport is shared by every DbContext with messaging: call it on
    /// any (or every) builder; the broker settings are one set for the application.
    /// </summary>
    public static MessagingBuilder UseRabbitMq(this MessagingBuilder builder, Action<RabbitMqOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<RabbitMqOptions>().Configure(configure).ValidateOnStart();
        if (services.Any(d => d.ServiceType == typeof(RabbitMqTransport)))
        {
            // Another DbContext already moved the shared transport to RabbitMQ; its consumers are served by the same service.
            return builder;
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RabbitMqOptions>, RabbitMqOptionsValidator>());
        services.TryAddSingleton<RabbitMqConnection>();
        services.TryAddSingleton<RabbitMqTransport>();
        services.Replace(ServiceDescriptor.Singleton<IMessageTransport>(sp => sp.GetRequiredService<RabbitMqTransport>()));
        services.AddHostedService<RabbitMqConsumerService>();
        services.AddHealthChecks().AddCheck<RabbitMqHealthCheck>(HealthCheckName, tags: [RampartHealthTags.Ready]);
        return builder;
    }
}
