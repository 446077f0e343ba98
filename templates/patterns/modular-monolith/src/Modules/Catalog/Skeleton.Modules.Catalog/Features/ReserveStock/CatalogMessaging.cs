using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Messaging;
using Skeleton.Modules.Catalog.Database;
using Skeleton.Modules.Orders.Contracts;

namespace Skeleton.Modules.Catalog.Features.ReserveStock;

/// <summary>
/// Catalog's outbox and inbox in its own DbContext (service name <c>{Messaging:Prefix}catalog</c>), its consumers of
/// Orders' events, and RabbitMQ when <c>Messaging:RabbitMq:Uri</c> is set (in process otherwise).
/// </summary>
internal static class CatalogMessaging
{
    public const string Service = "catalog";
    public const string OrdersService = "orders";

    public static void AddCatalogMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        var prefix = configuration["Messaging:Prefix"] ?? "";
        var messaging = services
            .AddRampartMessaging<CatalogDbContext>(options =>
            {
                configuration.GetSection("Messaging").Bind(options);
                options.ServiceName = prefix + Service;
            })
            .AddConsumer<OrderPlaced, ReserveStock>("reserve-stock", sourceService: prefix + OrdersService)
            .AddConsumer<OrderCancelled, ReleaseStock.ReleaseStock>("release-stock", sourceService: prefix + OrdersService);
        if (configuration["Messaging:RabbitMq:Uri"] is { Length: > 0 })
        {
            // Bound, not parsed here: a bad URI then stops the start as one line naming the setting.
            messaging.UseRabbitMq(options => configuration.GetSection("Messaging:RabbitMq").Bind(options));
        }
    }
}
