using Rampart.AspNetCore.Messaging.Inbox;

namespace Rampart.AspNetCore.Messaging.Transport;

/// <summary>
/// The zero-setup transport: "publishing" runs every in-process consumer of the message through the same consumer
/// pipeline (inbox, retries, dead-letter) a broker delivery would. The relay marks the message published only
/// once every consumer has processed or dead-lettered it, so nothing is lost if the process stops midway.
/// </summary>
internal sealed class InProcessTransport(ConsumerRegistry registry, IConsumerPipeline pipeline) : IMessageTransport
{
    public async Task PublishAsync(IntegrationMessage message, CancellationToken cancellationToken)
    {
        foreach (var consumer in registry.For(message.Type))
        {
            var outcome = await pipeline.DeliverAsync(message, consumer, cancellationToken);
            if (outcome.Kind == DeliveryOutcomeKind.Unavailable)
            {
                throw new TransportUnavailableException(
                    $"Consumer '{consumer.Name}' could not reach its database: {outcome.Error}");
            }
        }
    }
}
