namespace Rampart.AspNetCore.Messaging.Transport;

/// <summary>Carries messages from the relay to consumers: in process, or through a broker.</summary>
internal interface IMessageTransport
{
    /// <summary>
    /// Publishes <paramref name="message"/> and returns once the transport has taken responsibility for it
    /// (broker confirm, or every in-process consumer done). Throws <see cref="TransportUnavailableException"/>
    /// when the transport cannot be reached at all; any other exception is a failure of this message.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <param name="serviceName">The publishing DbContext's <see cref="MessagingOptions.ServiceName"/> (names its exchange).</param>
    /// <param name="cancellationToken">Cancels the publish.</param>
    Task PublishAsync(IntegrationMessage message, string serviceName, CancellationToken cancellationToken);
}
