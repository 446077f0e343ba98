using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rampart.AspNetCore.Messaging.Inbox;

namespace Rampart.AspNetCore.Messaging;

/// <summary>Adds consumers and picks the transport, after <c>AddRampartMessaging</c>.</summary>
public sealed class MessagingBuilder
{
    private readonly ConsumerRegistry _registry;
    private readonly MessagingContext _context;

    internal MessagingBuilder(IServiceCollection services, ConsumerRegistry registry, MessagingContext context)
    {
        Services = services;
        _registry = registry;
        _context = context;
    }

    /// <summary>The service collection being configured.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Registers <typeparamref name="THandler"/> as a consumer of <typeparamref name="TEvent"/>. Each consumer is a
    /// consumer group: on RabbitMQ it gets its own durable queue (<c>{service}.{consumerName}</c>, service being this
    /// DbContext's <see cref="MessagingOptions.ServiceName"/>) shared by every instance of this service; its inbox rows
    /// live in this builder's DbContext, keyed by <paramref name="consumerName"/>.
    /// </summary>
    /// <param name="consumerName">Stable consumer name; defaults to the handler type name in kebab case.</param>
    /// <param name="sourceService">The service that publishes the event (its exchange); defaults to this service.</param>
    public MessagingBuilder AddConsumer<TEvent, THandler>(string? consumerName = null, string? sourceService = null)
        where TEvent : class
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        Services.TryAddScoped<THandler>();
        _registry.Add(ConsumerRegistration.Create<TEvent, THandler>(_context, consumerName ?? KebabCase(typeof(THandler).Name), sourceService));
        return this;
    }

    private static string KebabCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
