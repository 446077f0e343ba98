using Rampart.AspNetCore.Messaging.Webhooks;
using Skeleton.Core.Orders.Ports;

namespace Skeleton.Adapters.Notifications;

/// <summary>
/// An order confirmation as the signed webhook <c>order.confirmed</c>: queued in the use case's own transaction (so it
/// goes out exactly when the confirmation commits) and posted afterwards by the webhook dispatcher, with retries,
/// backoff and a circuit breaker, so a slow or failing receiver never touches the order.
/// </summary>
internal sealed class WebhookNotificationSender(IWebhookOutbox webhooks) : INotificationSender
{
    public const string OrderConfirmed = "order.confirmed";

    public Task OrderConfirmedAsync(OrderConfirmation confirmation, CancellationToken cancellationToken)
    {
        webhooks.Enqueue(NotificationsAdapter.Webhook, OrderConfirmed, confirmation);
        return Task.CompletedTask;
    }
}
