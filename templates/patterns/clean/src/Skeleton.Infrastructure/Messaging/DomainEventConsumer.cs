using Rampart.AspNetCore.Messaging;
using Skeleton.Application.Common;
using Skeleton.Domain.Common;

namespace Skeleton.Infrastructure.Messaging;

/// <summary>
/// Hands an event the inbox let through to the application's use case. A failed result is an event that changes
/// nothing (an order already cancelled): logged and done. An exception makes the messaging block retry the delivery.
/// </summary>
internal sealed class DomainEventConsumer<TEvent, TUseCase>(TUseCase useCase, ILogger<TUseCase> logger) : IIntegrationEventHandler<TEvent>
    where TEvent : class, IDomainEvent
    where TUseCase : IDomainEventConsumer<TEvent>
{
    public async Task HandleAsync(TEvent integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await useCase.HandleAsync(integrationEvent, cancellationToken);
        if (result.Error is { } ignored)
        {
            ConsumerLog.Ignored(logger, context.EventType, context.MessageId, context.Consumer, ignored.Code, ignored.Detail);
        }
    }
}
