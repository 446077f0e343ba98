using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Rampart.AspNetCore.Messaging.Inbox;

/// <summary>One consumer (group): a handler for one event type, with its queue name and where its events come from.</summary>
internal sealed class ConsumerRegistration
{
    private readonly Func<IServiceProvider, string, JsonSerializerOptions, IntegrationEventContext, CancellationToken, Task> _invoke;

    private ConsumerRegistration(
        MessagingContext context,
        string name,
        string eventName,
        string? sourceService,
        Func<IServiceProvider, string, JsonSerializerOptions, IntegrationEventContext, CancellationToken, Task> invoke)
    {
        Context = context;
        Name = name;
        EventName = eventName;
        SourceService = sourceService;
        _invoke = invoke;
    }

    /// <summary>The messaging registration (DbContext) whose inbox and pipeline this consumer uses.</summary>
    public MessagingContext Context { get; }

    /// <summary>The consumer name: unique within its DbContext's service; names the queue.</summary>
    public string Name { get; }

    /// <summary>The event type name it consumes.</summary>
    public string EventName { get; }

    /// <summary>The service whose exchange publishes the events, or null for this service.</summary>
    public string? SourceService { get; }

    public static ConsumerRegistration Create<TEvent, THandler>(MessagingContext context, string name, string? sourceService)
        where TEvent : class
        where THandler : class, IIntegrationEventHandler<TEvent> =>
        new(context, name, IntegrationEventNames.For(typeof(TEvent)), sourceService, static (services, payload, json, context, cancellationToken) =>
        {
            var integrationEvent = JsonSerializer.Deserialize<TEvent>(payload, json)
                ?? throw new JsonException($"The payload of message {context.MessageId} is null.");
            return services.GetRequiredService<THandler>().HandleAsync(integrationEvent, context, cancellationToken);
        });

    public Task InvokeAsync(IServiceProvider services, string payload, JsonSerializerOptions json, IntegrationEventContext context, CancellationToken cancellationToken) =>
        _invoke(services, payload, json, context, cancellationToken);
}
