namespace Rampart.AspNetCore.Messaging.Webhooks;

/// <summary>
/// Enqueues webhooks in the current scope's DbContext. Nothing is sent here: the delivery commits with the same
/// <c>SaveChanges</c> as the change that caused it, and the dispatcher posts it afterwards, so a slow or failing
/// receiver never holds up or fails that change.
/// </summary>
public interface IWebhookOutbox
{
    /// <summary>
    /// Adds a delivery of <paramref name="data"/> to the webhook registered as <paramref name="webhook"/>. The body is
    /// <c>{"type": eventType, "timestamp": now, "data": data}</c>, fixed now, so every attempt posts the same bytes.
    /// </summary>
    /// <returns>The delivery id, sent as <c>webhook-id</c>.</returns>
    Guid Enqueue<TData>(string webhook, string eventType, TData data);
}
