using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Messaging.Webhooks;

namespace Rampart.AspNetCore.Messaging;

/// <summary>Adds the signed-webhook receiving step to the pipeline.</summary>
public static class WebhookApplicationBuilderExtensions
{
    /// <summary>
    /// Verifies requests to endpoints marked <c>.RequireWebhookSignature(name)</c> or <c>[WebhookSignature(name)]</c>.
    /// Place it after <c>UseExceptionHandler()</c> and routing (it reads the endpoint), before the endpoints run.
    /// </summary>
    public static IApplicationBuilder UseRampartWebhooks(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.ApplicationServices.GetService<WebhookRegistry>() is not { Receivers.Count: > 0 })
        {
            throw new InvalidOperationException(
                "UseRampartWebhooks() needs a receiver: call services.AddRampartWebhookReceiver<TDbContext>(name, …) first.");
        }

        return app.UseMiddleware<WebhookReceiverMiddleware>();
    }
}
