using System.Diagnostics;

namespace Rampart.AspNetCore.Messaging.Tests.Support;

/// <summary>Writes one effect row per message through the DbContext; fails the first attempts when the probe says so.</summary>
public sealed class RecordingHandler(MessagingTestDbContext db, ConsumerProbe probe) : IIntegrationEventHandler<OrderPlaced>
{
    public Task HandleAsync(OrderPlaced integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        probe.Calls.Enqueue((context.MessageId, integrationEvent, context.Attempt));
        probe.TraceIds.Enqueue(Activity.Current?.TraceId);
        db.Effects.Add(new TestEffect
        {
            MessageId = context.MessageId,
            Consumer = context.Consumer,
            OrderId = integrationEvent.OrderId,
            Step = integrationEvent.Step,
        });
        if (context.Attempt <= probe.FailuresBeforeSuccess)
        {
            throw new InvalidOperationException($"transient failure on attempt {context.Attempt}");
        }

        return Task.CompletedTask;
    }
}
