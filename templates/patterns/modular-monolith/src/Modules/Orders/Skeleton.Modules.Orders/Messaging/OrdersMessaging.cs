using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Messaging;
using Skeleton.Modules.Catalog.Contracts;
using Skeleton.Modules.Orders.Database;
using Skeleton.Modules.Orders.Features.ConfirmOrder;
using Skeleton.Modules.Orders.Features.OrderUpdates;
using Skeleton.Modules.Orders.Features.RejectOrder;

namespace Skeleton.Modules.Orders.Messaging;

/// <summary>
/// Orders' outbox and inbox in its own DbContext (service name <c>{Messaging:Prefix}orders</c>), its consumers of
/// Catalog's answers, and RabbitMQ when <c>Messaging:RabbitMq:Uri</c> is set (in process otherwise).
/// </summary>
internal static class OrdersMessaging
{
    public const string Service = "orders";
    public const string CatalogService = "catalog";

    public static void AddOrdersMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        var prefix = configuration["Messaging:Prefix"] ?? "";
        var messaging = services
            .AddRampartMessaging<OrdersDbContext>(options =>
            {
                configuration.GetSection("Messaging").Bind(options);
                options.ServiceName = prefix + Service;
            })
            .AddConsumer<StockReserved, ConfirmOrder>("confirm-order", sourceService: prefix + CatalogService)
            .AddConsumer<StockReservationFailed, RejectOrder>("reject-order", sourceService: prefix + CatalogService)
            .AddConsumer<OrderStatusChanged, NotifyOrderOwner>("notify-order-owner");
        if (configuration["Messaging:RabbitMq:Uri"] is { Length: > 0 })
        {
            // Bound, not parsed here: a bad URI then stops the start as one line naming the setting.
            messaging.UseRabbitMq(options => configuration.GetSection("Messaging:RabbitMq").Bind(options));
        }
    }
}
