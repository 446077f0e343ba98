using Rampart.AspNetCore.Messaging.Outbox;
using Skeleton.Application.Common;
using Skeleton.Domain.Common;
using Skeleton.Infrastructure.Persistence;

namespace Skeleton.Infrastructure.Messaging;

/// <summary>The <see cref="IEventPublisher"/> port on the outbox: the event is a row committed by the unit of work's next save.</summary>
internal sealed class OutboxEventPublisher(IOutbox<AppDbContext> outbox) : IEventPublisher
{
    public void Publish(IDomainEvent domainEvent, Guid orderingKey) => outbox.Add(domainEvent, orderingKey.ToString());
}
