using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Messaging;
using Rampart.AspNetCore.Messaging.Inbox;
using Rampart.AspNetCore.Messaging.Outbox;
using Rampart.AspNetCore.Messaging.Transport;

// The extension sits in the DI namespace, as the framework's own AddXxx methods do.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers the transactional outbox, its relay, the inbox and the consumers.</summary>
public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// Adds messaging on <typeparamref name="TDbContext"/> (register the DbContext yourself, and map the tables with
    /// <c>modelBuilder.AddRampartOutbox()</c> and <c>AddRampartInbox()</c>). Events go through <see cref="IOutbox"/>;
    /// the relay publishes them in process by default; call <c>UseRabbitMq</c> to publish through RabbitMQ.
    /// </summary>
    public static MessagingBuilder AddRampartMessaging<TDbContext>(this IServiceCollection services, Action<MessagingOptions> configure)
        where TDbContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        if (services.Any(d => d.ServiceType == typeof(ConsumerRegistry)))
        {
            throw new InvalidOperationException("AddRampartMessaging was already called: call it once and chain AddConsumer on its result.");
        }

        services.AddOptions<MessagingOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MessagingOptions>, MessagingOptionsValidator>());
        services.AddOptions<MessagingJsonOptions>();
        services.TryAddSingleton(TimeProvider.System);

        var registry = new ConsumerRegistry();
        services.AddSingleton(registry);
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<IOutbox, Outbox<TDbContext>>();
        services.AddSingleton<IConsumerPipeline, ConsumerPipeline<TDbContext>>();
        services.TryAddSingleton<IMessageTransport, InProcessTransport>();
        services.AddHostedService<OutboxRelay<TDbContext>>();
        return new MessagingBuilder(services, registry);
    }
}
