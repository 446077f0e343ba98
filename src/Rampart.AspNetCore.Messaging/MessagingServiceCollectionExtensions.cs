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
    /// <c>modelBuilder.AddRampartOutbox()</c> and <c>AddRampartInbox()</c>). Call it once per DbContext: each one
    /// (for example each module of a modular monolith) gets its own outbox (<see cref="IOutbox{TDbContext}"/>), relay,
    /// options and consumers, whose inbox rows live in that DbContext. The transport is shared: in process (the
    /// default) it delivers every event to every consumer of its type, whichever DbContext registered it; call
    /// <c>UseRabbitMq</c> to publish through RabbitMQ. <see cref="IOutbox"/> resolves while exactly one DbContext
    /// registered messaging.
    /// </summary>
    public static MessagingBuilder AddRampartMessaging<TDbContext>(this IServiceCollection services, Action<MessagingOptions> configure)
        where TDbContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var context = new MessagingContext(typeof(TDbContext));
        var registry = services.FirstOrDefault(d => d.ServiceType == typeof(ConsumerRegistry))?.ImplementationInstance as ConsumerRegistry;
        if (registry is null)
        {
            registry = new ConsumerRegistry();
            services.AddSingleton(registry);
        }
        else if (registry.Contexts.Contains(context))
        {
            throw new InvalidOperationException(
                $"AddRampartMessaging<{typeof(TDbContext).Name}> was already called: call it once per DbContext and chain AddConsumer on its result.");
        }

        registry.AddContext(context);
        services.AddOptions<MessagingOptions>(context.Name).Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MessagingOptions>, MessagingOptionsValidator>());
        services.AddOptions<MessagingJsonOptions>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<OutboxSignal<TDbContext>>();
        services.AddScoped<IOutbox<TDbContext>, Outbox<TDbContext>>();
        services.AddSingleton<ConsumerPipeline<TDbContext>>();
        services.TryAddSingleton<IMessageTransport, InProcessTransport>();
        services.AddHostedService<OutboxRelay<TDbContext>>();

        // The non-generic services stay resolvable only while they are unambiguous.
        services.RemoveAll<IOutbox>();
        services.RemoveAll<IConsumerPipeline>();
        if (registry.Contexts.Count == 1)
        {
            services.AddScoped<IOutbox>(sp => sp.GetRequiredService<IOutbox<TDbContext>>());
            services.AddSingleton<IConsumerPipeline>(sp => sp.GetRequiredService<ConsumerPipeline<TDbContext>>());
        }

        return new MessagingBuilder(services, registry, context);
    }
}
