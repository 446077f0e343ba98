using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Skeleton.Core.Orders.Ports;

namespace Skeleton.Adapters.Notifications;

/// <summary>Chooses the notification adapter from configuration: the signed webhook when a URL is set, else the log.</summary>
public static class NotificationsAdapter
{
    public const string Webhook = "customer-notifications";

    /// <summary>Registers <see cref="INotificationSender"/>; the webhook's deliveries live in <typeparamref name="TDbContext"/>.</summary>
    public static IServiceCollection AddNotificationsAdapter<TDbContext>(this IServiceCollection services, IConfiguration configuration)
        where TDbContext : DbContext
    {
        var settings = new NotificationSettings();
        configuration.GetSection(NotificationSettings.Section).Bind(settings);
        if (settings.Url is null)
        {
            services.AddScoped<INotificationSender, LoggingNotificationSender>();
            return services;
        }

        services.AddRampartWebhookSender<TDbContext>(Webhook, options =>
        {
            options.Url = settings.Url;
            foreach (var secret in settings.Secrets)
            {
                options.Secrets.Add(secret);
            }
        });
        services.AddScoped<INotificationSender, WebhookNotificationSender>();
        return services;
    }
}
