namespace Rampart.AspNetCore.Messaging.Tests.Support;

/// <summary>The second module's consumer: records its effect through the second module's DbContext.</summary>
public sealed class SecondModuleHandler(SecondModuleDbContext db, ConsumerProbe probe) : IIntegrationEventHandler<OrderPlaced>
{
    public Task HandleAsync(OrderPlaced integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        probe.Calls.Enqueue((context.MessageId, integrationEvent, context.Attempt));
        db.Effects.Add(new TestEffect
        {
            MessageId = context.MessageId,
            Consumer = context.Consumer,
            OrderId = integrationEvent.OrderId,
            Step = integrationEvent.Step,
        });
        return Task.CompletedTask;
    }
}
