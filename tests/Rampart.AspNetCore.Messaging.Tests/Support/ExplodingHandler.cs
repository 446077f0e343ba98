namespace Rampart.AspNetCore.Messaging.Tests.Support;

/// <summary>A poison-message consumer: always throws, after writing an effect that must be rolled back.</summary>
public sealed class ExplodingHandler(MessagingTestDbContext db, ConsumerProbe probe) : IIntegrationEventHandler<OrderPlaced>
{
    public const string Reason = "stock service exploded";

    public Task HandleAsync(OrderPlaced integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        probe.Calls.Enqueue((context.MessageId, integrationEvent, context.Attempt));
        db.Effects.Add(new TestEffect { MessageId = context.MessageId, Consumer = context.Consumer, OrderId = integrationEvent.OrderId });
        throw new InvalidOperationException(Reason);
    }
}
