using Rampart.AspNetCore.Messaging;
using Skeleton.Application.Catalog.ReleaseStock;
using Skeleton.Application.Catalog.ReserveStock;
using Skeleton.Application.Orders.ConfirmOrder;
using Skeleton.Application.Orders.NotifyOrderOwner;
using Skeleton.Application.Orders.RejectOrder;
using Skeleton.Domain.Catalog.Events;
using Skeleton.Domain.Orders.Events;
using Skeleton.Infrastructure.Persistence;

namespace Skeleton.Infrastructure.Messaging;

/// <summary>
/// The outbox, relay and inbox on <see cref="AppDbContext"/> (service name <c>{Messaging:Prefix}skeleton</c>), on
/// RabbitMQ when <c>Messaging:RabbitMq:Uri</c> is set and in process otherwise; and the one table of which use case
/// each event starts. An event reaches another module only through here, never by a direct call.
/// </summary>
internal static class AppMessaging
{
    public const string Service = "skeleton";

    public static MessagingBuilder AddAppMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        var prefix = configuration["Messaging:Prefix"] ?? "";
        var messaging = services.AddRampartMessaging<AppDbContext>(options =>
        {
            configuration.GetSection("Messaging").Bind(options);
            options.ServiceName = prefix + Service;
        });
        if (configuration["Messaging:RabbitMq:Uri"] is { Length: > 0 })
        {
            // Bound, not parsed here: a bad URI then stops the start as one line naming the setting.
            messaging.UseRabbitMq(options => configuration.GetSection("Messaging:RabbitMq").Bind(options));
        }

        return messaging
            .Consume<OrderPlaced, ReserveStockHandler>("reserve-stock")
            .Consume<OrderCancelled, ReleaseStockHandler>("release-stock")
            .Consume<StockReserved, ConfirmOrderHandler>("confirm-order")
            .Consume<StockReservationFailed, RejectOrderHandler>("reject-order")
            .Consume<OrderStatusChanged, NotifyOrderOwnerHandler>("notify-order-owner");
    }

    /// <summary><typeparamref name="TUseCase"/> runs once for every <typeparamref name="TEvent"/> (consumer <paramref name="name"/>).</summary>
    private static MessagingBuilder Consume<TEvent, TUseCase>(this MessagingBuilder messaging, string name)
        where TEvent : class, Domain.Common.IDomainEvent
        where TUseCase : class, Application.Common.IDomainEventConsumer<TEvent>
    {
        messaging.Services.AddScoped<TUseCase>();
        return messaging.AddConsumer<TEvent, DomainEventConsumer<TEvent, TUseCase>>(name);
    }
}
