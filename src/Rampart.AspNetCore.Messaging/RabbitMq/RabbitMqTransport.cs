using System.Globalization;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using Rampart.AspNetCore.Messaging.Inbox;
using Rampart.AspNetCore.Messaging.Transport;

namespace Rampart.AspNetCore.Messaging.RabbitMq;

/// <summary>
/// Publishes to the service's exchange on a channel with publisher confirms: <c>BasicPublishAsync</c> returns only
/// once the broker has the message, and throws on a nack. A broken connection is reported as
/// <see cref="TransportUnavailableException"/> so the relay waits instead of burning attempts.
/// </summary>
internal sealed class RabbitMqTransport(
    RabbitMqConnection connection,
    ConsumerRegistry registry,
    IOptions<RabbitMqOptions> options,
    IOptionsMonitor<MessagingOptions> messaging)
    : IMessageTransport, IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IChannel? _channel;

    /// <summary>The exchange a service publishes to: <see cref="RabbitMqOptions.Exchange"/> when set, else the service name.</summary>
    public string ExchangeOf(string serviceName) => options.Value.Exchange ?? serviceName;

    /// <summary>The service name of a messaging registration (DbContext).</summary>
    public string ServiceOf(MessagingContext context) => messaging.Get(context.Name).ServiceName;

    public Task PublishAsync(IntegrationMessage message, string serviceName, CancellationToken cancellationToken) =>
        PublishToAsync(ExchangeOf(serviceName), message.Type, message, null, cancellationToken);

    /// <summary>Publishes as the only messaging registration of this application.</summary>
    public Task PublishAsync(IntegrationMessage message, CancellationToken cancellationToken) =>
        PublishAsync(message, ServiceOf(registry.Contexts.Single()), cancellationToken);

    /// <summary>Sends a message a consumer gave up on to its service's dead-letter exchange, with the reason in headers.</summary>
    public Task PublishDeadLetterAsync(IntegrationMessage message, string serviceName, string queue, string consumer, int attempts, string reason, CancellationToken cancellationToken) =>
        PublishToAsync(RabbitMqTopology.DeadLetterExchange(serviceName), queue, message, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [IntegrationMessageHeaders.DeadLetterReason] = reason,
            [IntegrationMessageHeaders.DeadLetterConsumer] = consumer,
            [IntegrationMessageHeaders.DeadLetterAttempts] = attempts.ToString(CultureInfo.InvariantCulture),
        }, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_channel is { } channel)
        {
            await channel.DisposeAsync();
        }

        _gate.Dispose();
    }

    /// <summary>The exchange a consumer's queue is bound to: its source service's, else its own service's.</summary>
    public string SourceExchangeOf(ConsumerRegistration consumer) =>
        consumer.SourceService is { } source ? ExchangeOf(source) : ExchangeOf(ServiceOf(consumer.Context));

    internal static bool IsConnectivityFailure(Exception exception) =>
        exception is OperationInterruptedException or BrokerUnreachableException or ConnectFailureException
            or IOException or System.Net.Sockets.SocketException or ObjectDisposedException or TimeoutException;

    private async Task PublishToAsync(string exchange, string routingKey, IntegrationMessage message, IReadOnlyDictionary<string, string>? extraHeaders, CancellationToken cancellationToken)
    {
        try
        {
            var channel = await GetChannelAsync(cancellationToken);
            var properties = RabbitMqMessageMapper.ToProperties(message, extraHeaders);
            await channel.BasicPublishAsync(exchange, routingKey, mandatory: false, properties, RabbitMqMessageMapper.ToBody(message), cancellationToken);
        }
        catch (Exception ex) when (IsConnectivityFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            throw new TransportUnavailableException($"RabbitMQ is unreachable: {ex.Message}", ex);
        }
    }

    private async Task<IChannel> GetChannelAsync(CancellationToken cancellationToken)
    {
        if (_channel is { IsOpen: true } open)
        {
            return open;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_channel is { IsOpen: true } reopened)
            {
                return reopened;
            }

            var current = await connection.GetAsync(cancellationToken);
            if (!current.IsOpen)
            {
                throw new TransportUnavailableException("The RabbitMQ connection is down and recovering.");
            }

            if (_channel is { } stale)
            {
                await stale.DisposeAsync();
            }

            _channel = null;
            var channel = await current.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
                cancellationToken);
            foreach (var context in registry.Contexts)
            {
                await RabbitMqTopology.DeclareExchangeAsync(channel, ExchangeOf(ServiceOf(context)), cancellationToken);
            }

            // This application's own consumer queues exist before its first publish, so no event of its own is unroutable.
            foreach (var consumer in registry.All)
            {
                var service = ServiceOf(consumer.Context);
                await RabbitMqTopology.DeclareConsumerAsync(channel, service, SourceExchangeOf(consumer),
                    RabbitMqTopology.Queue(service, consumer.Name), consumer.EventName, cancellationToken);
            }

            _channel = channel;
            return channel;
        }
        finally
        {
            _gate.Release();
        }
    }
}
