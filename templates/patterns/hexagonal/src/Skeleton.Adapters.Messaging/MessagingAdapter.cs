using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Messaging;
using Skeleton.Adapters.Messaging.Catalog;
using Skeleton.Adapters.Messaging.Orders;
using Skeleton.Core.Catalog.Contracts;
using Skeleton.Core.Catalog.Ports;
using Skeleton.Core.Orders.Contracts;
using Skeleton.Core.Orders.Ports;

namespace Skeleton.Adapters.Messaging;

/// <summary>
/// Plugs the core into the outbox and inbox of the messaging builder the host made: the core's event ports write to
/// the outbox (committed by the core's unit of work), and one consumer per event drives the matching inbound port.
/// </summary>
public static class MessagingAdapter
{
    public static MessagingBuilder AddMessagingAdapter(this MessagingBuilder messaging)
    {
        ArgumentNullException.ThrowIfNull(messaging);
        messaging.Services.AddScoped<IOrderEvents, OutboxOrderEvents>();
        messaging.Services.AddScoped<IStockEvents, OutboxStockEvents>();
        return messaging
            .AddConsumer<OrderPlaced, ReserveStockConsumer>("reserve-stock")
            .AddConsumer<OrderCancelled, ReleaseStockConsumer>("release-stock")
            .AddConsumer<StockReserved, ConfirmOrderConsumer>("confirm-order")
            .AddConsumer<StockReservationFailed, RejectOrderConsumer>("reject-order")
            .AddConsumer<OrderStatusChanged, OrderUpdatesConsumer>("notify-order-owner");
    }
}
