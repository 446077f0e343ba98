namespace Rampart.AspNetCore.Messaging.Tests.Support;

/// <summary>The first module's consumer of the second module's answer: records one effect in the first module.</summary>
public sealed class AcceptedHandler(MessagingTestDbContext db) : IIntegrationEventHandler<OrderAccepted>
{
    public Task HandleAsync(OrderAccepted integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        db.Effects.Add(new TestEffect { MessageId = context.MessageId, Consumer = context.Consumer, OrderId = integrationEvent.OrderId, Step = 2 });
        return Task.CompletedTask;
    }
}
