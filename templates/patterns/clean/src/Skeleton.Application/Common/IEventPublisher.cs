using Skeleton.Domain.Common;

namespace Skeleton.Application.Common;

/// <summary>
/// Publishes an event that no aggregate raises itself (an answer computed across several aggregates). It is delivered
/// only if the unit of work's next save commits, and with it.
/// </summary>
public interface IEventPublisher
{
    /// <param name="domainEvent">The event.</param>
    /// <param name="orderingKey">Events with the same key are delivered in the order they were published (an aggregate's id).</param>
    void Publish(IDomainEvent domainEvent, Guid orderingKey);
}
