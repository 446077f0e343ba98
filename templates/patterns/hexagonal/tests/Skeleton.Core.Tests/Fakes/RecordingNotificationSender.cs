using Skeleton.Core.Orders.Ports;

namespace Skeleton.Core.Tests.Fakes;

/// <summary>The notification port, recording what the customer would have been told.</summary>
internal sealed class RecordingNotificationSender : INotificationSender
{
    public List<OrderConfirmation> Sent { get; } = [];

    public Task OrderConfirmedAsync(OrderConfirmation confirmation, CancellationToken cancellationToken)
    {
        Sent.Add(confirmation);
        return Task.CompletedTask;
    }
}
