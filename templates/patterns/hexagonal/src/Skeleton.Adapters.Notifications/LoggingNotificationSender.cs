using Microsoft.Extensions.Logging;
using Skeleton.Core.Orders.Ports;

namespace Skeleton.Adapters.Notifications;

/// <summary>The adapter when no webhook URL is configured: the confirmation is logged, nothing leaves the service.</summary>
internal sealed partial class LoggingNotificationSender(ILogger<LoggingNotificationSender> logger) : INotificationSender
{
    public Task OrderConfirmedAsync(OrderConfirmation confirmation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(confirmation);
        LogConfirmed(logger, confirmation.OrderId, confirmation.CustomerId, confirmation.Total);
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 4200, Level = LogLevel.Information,
        Message = "Order {OrderId} of customer {CustomerId} confirmed ({Total}); no webhook URL is configured (Notifications:Webhook:Url), so nobody else is told")]
    private static partial void LogConfirmed(ILogger logger, Guid orderId, Guid customerId, decimal total);
}
