using Microsoft.AspNetCore.SignalR;
using Rampart.AspNetCore.Messaging;
using Skeleton.Data;

namespace Skeleton.Orders;

/// <summary>
/// The order flow's services: <see cref="OrderService"/>, the outbox and inbox in <see cref="AppDbContext"/> (service name
/// <c>{Messaging:Prefix}skeleton</c>) with their two consumers, RabbitMQ when <c>Messaging:RabbitMq:Uri</c> is set (in
/// process otherwise), and SignalR for the owner's notifications.
/// </summary>
internal static class OrdersRegistration
{
    public const string ServiceName = "skeleton";

    public static IServiceCollection AddOrders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<OrderService>();
        var messaging = services
            .AddRampartMessaging<AppDbContext>(options =>
            {
                configuration.GetSection("Messaging").Bind(options);
                options.ServiceName = (configuration["Messaging:Prefix"] ?? "") + ServiceName;
            })
            .AddConsumer<OrderPlaced, ReserveStock>("reserve-stock")
            .AddConsumer<OrderStatusChanged, NotifyOrderOwner>("notify-order-owner");
        if (configuration["Messaging:RabbitMq:Uri"] is { Length: > 0 })
        {
            // Bound, not parsed here: a bad URI then stops the start as one line naming the setting.
            messaging.UseRabbitMq(options => configuration.GetSection("Messaging:RabbitMq").Bind(options));
        }

        services.AddSignalR();
        services.AddSingleton<IUserIdProvider, SubjectUserIdProvider>();
        return services;
    }

    /// <summary>Maps the SignalR hub <c>/hubs/orders</c>.</summary>
    public static IEndpointRouteBuilder MapOrderUpdates(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<OrdersHub>(OrdersHub.Path);
        return endpoints;
    }
}
