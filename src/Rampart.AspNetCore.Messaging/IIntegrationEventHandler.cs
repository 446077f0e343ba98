namespace Rampart.AspNetCore.Messaging;

/// <summary>
/// Handles one integration event type. Runs inside a transaction on the application's DbContext: change state
/// through the DbContext you inject; the pipeline records the message in the inbox and commits both together,
/// so a redelivered message has no second effect. Throwing rolls everything back and schedules a retry.
/// </summary>
/// <typeparam name="TEvent">The event type.</typeparam>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "'Integration event handler' is the domain term; this is not a .NET event delegate.")]
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : class
{
    /// <summary>Handles <paramref name="integrationEvent"/>.</summary>
    Task HandleAsync(TEvent integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken);
}
