namespace Rampart.AspNetCore.Messaging.Outbox;

/// <summary>
/// Writes integration events into the outbox of the current scope's DbContext. Nothing is sent here: the event
/// is committed by the same <c>SaveChanges</c> as the change that raised it (or rolled back with it), and the
/// relay publishes it afterwards.
/// </summary>
public interface IOutbox
{
    /// <summary>
    /// Adds <paramref name="integrationEvent"/> to the DbContext. Events with the same
    /// <paramref name="partitionKey"/> (use the aggregate id) are published in the order they were added.
    /// </summary>
    /// <returns>The tracked outbox message, with its id.</returns>
    OutboxMessage Add<TEvent>(TEvent integrationEvent, string? partitionKey = null)
        where TEvent : class;
}
