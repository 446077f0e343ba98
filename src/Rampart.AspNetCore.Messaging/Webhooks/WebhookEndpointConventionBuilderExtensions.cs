using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Rampart.AspNetCore.Data;
using Rampart.AspNetCore.Messaging.Webhooks;

namespace Rampart.AspNetCore.Messaging;

/// <summary>Marks minimal-API endpoints as signed-webhook receivers.</summary>
public static class WebhookEndpointConventionBuilderExtensions
{
    private static readonly int[] Problems =
        [StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status503ServiceUnavailable];

    /// <summary>
    /// Verifies the endpoint's requests as deliveries of the webhook receiver <paramref name="name"/> (needs
    /// <c>app.UseRampartWebhooks()</c>): a bad signature is 401, missing headers or a stale timestamp 400, and a delivery
    /// id seen before is acknowledged 204 with <c>Webhook-Duplicate: true</c> without running the handler. The endpoint
    /// allows anonymous callers: the signature is its authentication.
    /// </summary>
    public static TBuilder RequireWebhookSignature<TBuilder>(this TBuilder builder, string name)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(name);
        return builder.WithMetadata(new WebhookSignatureAttribute(name)).AllowAnonymous().WithProblems(Problems);
    }
}
