using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Messaging.Webhooks;
using Rampart.AspNetCore.Resilience;

// The extensions sit in the DI namespace, as the framework's own AddXxx methods do.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers signed-webhook senders and receivers.</summary>
public static class WebhookServiceCollectionExtensions
{
    /// <summary>
    /// Adds the webhook <paramref name="name"/>: <see cref="IWebhookOutbox"/> writes its deliveries into
    /// <typeparamref name="TDbContext"/> (map the table with <c>modelBuilder.AddRampartWebhooks()</c>), and a dispatcher
    /// posts them, signed, through the named HTTP client <c>rampart-webhook:{name}</c> with the outbound resilience
    /// handler. Its defaults suit a receiver that deduplicates on <c>webhook-id</c>: POST retried, 5 s per attempt, 15 s in
    /// all, 2 retries; <paramref name="resilience"/> changes them. Settings are validated at start-up.
    /// </summary>
    /// <returns>The webhook's HTTP client builder, for handlers of your own.</returns>
    public static IHttpClientBuilder AddRampartWebhookSender<TDbContext>(
        this IServiceCollection services, string name, Action<WebhookSenderOptions> configure, Action<OutboundResilienceOptions>? resilience = null)
        where TDbContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(configure);
        var registry = Registry(services);
        if (!registry.Senders.Add(name))
        {
            throw new InvalidOperationException($"A webhook sender named '{name}' is already registered.");
        }

        services.AddOptions<WebhookSenderOptions>(name).Configure(configure).ValidateOnStart();
        services.AddOptions<WebhookDispatcherOptions>().ValidateOnStart();
        services.AddOptions<Rampart.AspNetCore.Messaging.MessagingJsonOptions>();
        services.TryAddSingleton<WebhookSignal<TDbContext>>();
        services.TryAddScoped<IWebhookOutbox, WebhookOutbox<TDbContext>>();
        services.AddHostedService<WebhookDispatcher<TDbContext>>();
        return services.AddHttpClient(WebhookDispatcher<TDbContext>.ClientName(name)).AddRampartResilience(o =>
        {
            o.RetryNonIdempotentMethods = true;
            o.AttemptTimeout = TimeSpan.FromSeconds(5);
            o.TotalTimeout = TimeSpan.FromSeconds(15);
            o.MaxRetryAttempts = 2;
            o.SamplingDuration = TimeSpan.FromSeconds(30);
            resilience?.Invoke(o);
        });
    }

    /// <summary>
    /// Adds the inbound webhook <paramref name="name"/>, verified on endpoints marked <c>.RequireWebhookSignature(name)</c>
    /// or <c>[WebhookSignature(name)]</c> once <c>app.UseRampartWebhooks()</c> runs; delivery ids are claimed in the
    /// inbox of <typeparamref name="TDbContext"/> (map it with <c>modelBuilder.AddRampartInbox()</c>) under the consumer
    /// <c>webhook:{name}</c>. Settings are validated at start-up.
    /// </summary>
    public static IServiceCollection AddRampartWebhookReceiver<TDbContext>(this IServiceCollection services, string name, Action<WebhookReceiverOptions> configure)
        where TDbContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(configure);
        if (!Registry(services).Receivers.TryAdd(name, typeof(TDbContext)))
        {
            throw new InvalidOperationException($"A webhook receiver named '{name}' is already registered.");
        }

        services.AddOptions<WebhookReceiverOptions>(name).Configure(configure).ValidateOnStart();
        services.AddProblemDetails();
        return services;
    }

    private static WebhookRegistry Registry(IServiceCollection services)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(WebhookRegistry))?.ImplementationInstance is WebhookRegistry existing)
        {
            return existing;
        }

        var registry = new WebhookRegistry();
        services.AddSingleton(registry);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhookSenderOptions>, WebhookOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhookReceiverOptions>, WebhookOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhookDispatcherOptions>, WebhookOptionsValidator>());
        return registry;
    }
}
