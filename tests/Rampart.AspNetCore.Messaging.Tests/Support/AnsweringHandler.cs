using Rampart.AspNetCore.Messaging.Outbox;

namespace Rampart.AspNetCore.Messaging.Tests.Support;

/// <summary>
/// The second module's consumer that answers: records its effect and writes <see cref="OrderAccepted"/> to its own
/// outbox in the delivery's transaction; fails the first attempts when the probe says so (after writing both).
/// </summary>
public sealed class AnsweringHandler(SecondModuleDbContext db, IOutbox<SecondModuleDbContext> outbox, ConsumerProbe probe) : IIntegrationEventHandler<OrderPlaced>
{
    public Task HandleAsync(OrderPlaced integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        probe.Calls.Enqueue((context.MessageId, integrationEvent, context.Attempt));
        db.Effects.Add(new TestEffect { MessageId = context.MessageId, Consumer = context.Consumer, OrderId = integrationEvent.OrderId, Step = 1 });
        outbox.Add(new OrderAccepted(integrationEvent.OrderId), integrationEvent.OrderId.ToString());
        if (context.Attempt <= probe.FailuresBeforeSuccess)
        {
            throw new InvalidOperationException($"transient failure on attempt {context.Attempt}");
        }

        return Task.CompletedTask;
    }
}
