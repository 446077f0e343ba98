using Rampart.AspNetCore.Messaging;
using Skeleton.Adapters.Persistence;

namespace Skeleton.Adapters.Http.Composition;

/// <summary>
/// The outbox, relay and inbox on <see cref="AppDbContext"/> (service name <c>{Messaging:Prefix}skeleton</c>), on
/// RabbitMQ when <c>Messaging:RabbitMq:Uri</c> is set and in process otherwise. The messaging adapter adds its consumers to the
/// builder this returns.
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

        return messaging;
    }
}
