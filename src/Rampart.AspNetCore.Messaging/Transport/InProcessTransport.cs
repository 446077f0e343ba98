using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Messaging.Inbox;

namespace Rampart.AspNetCore.Messaging.Transport;

/// <summary>
/// The zero-setup transport: "publishing" runs every in-process consumer of the message, whichever DbContext
/// registered it, through that consumer's own pipeline (its DbContext's inbox, retries, dead-letter), as a broker
/// delivery would. The relay marks the message published only once every consumer has processed or dead-lettered
/// it, so nothing is lost if the process stops midway.
/// </summary>
internal sealed class InProcessTransport(ConsumerRegistry registry, IServiceProvider services) : IMessageTransport
{
    public async Task PublishAsync(IntegrationMessage message, string serviceName, CancellationToken cancellationToken)
    {
        foreach (var consumer in registry.For(message.Type))
        {
            var pipeline = (IConsumerPipeline)services.GetRequiredService(consumer.Context.PipelineType);
            var outcome = await pipeline.DeliverAsync(message, consumer, cancellationToken);
            if (outcome.Kind == DeliveryOutcomeKind.Unavailable)
            {
                throw new TransportUnavailableException(
                    $"Consumer '{consumer.Name}' could not reach its database: {outcome.Error}");
            }
        }
    }
}
