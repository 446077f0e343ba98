namespace Rampart.AspNetCore.Messaging.Inbox;

/// <summary>Runs one message through one consumer: inbox check, handler, commit, retries, dead-letter.</summary>
internal interface IConsumerPipeline
{
    Task<DeliveryOutcome> DeliverAsync(IntegrationMessage message, ConsumerRegistration consumer, CancellationToken cancellationToken);
}
