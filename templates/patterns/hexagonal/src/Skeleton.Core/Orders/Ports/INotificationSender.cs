namespace Skeleton.Core.Orders.Ports;

/// <summary>
/// Outbound port: tells the customer's own systems about their order. Called inside the use case, before its commit:
/// an adapter that talks to the outside must queue the notification with the change (never call out here), so a slow
/// or failing receiver never holds up or fails the order.
/// </summary>
public interface INotificationSender
{
    Task OrderConfirmedAsync(OrderConfirmation confirmation, CancellationToken cancellationToken);
}
