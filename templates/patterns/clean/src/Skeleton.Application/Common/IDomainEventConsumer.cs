using Skeleton.Domain.Common;

namespace Skeleton.Application.Common;

/// <summary>
/// A use case that runs when an event arrives: once per event (the inbox deduplicates), after the change that raised
/// it committed. A failed result means the event was expected but changes nothing (it is logged, not retried); an
/// exception means try again later.
/// </summary>
/// <typeparam name="TEvent">The event it reacts to.</typeparam>
public interface IDomainEventConsumer<in TEvent>
    where TEvent : IDomainEvent
{
    Task<Result> HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
