using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Rampart.AspNetCore.Messaging.Diagnostics;
using Rampart.AspNetCore.Messaging.Inbox;
using Rampart.AspNetCore.Shutdown;

namespace Rampart.AspNetCore.Messaging.RabbitMq;

/// <summary>
/// Declares the consumer topology and consumes each consumer's queue on its own channel with manual acks and a
/// bounded prefetch. A delivery runs through the consumer pipeline (inbox, retries); a message the consumer gave
/// up on is published to the dead-letter exchange with the reason, then acknowledged. When the consumer's database
/// is down the message is returned to the queue after a pause.
/// </summary>
internal sealed class RabbitMqConsumerService(
    RabbitMqConnection connection,
    RabbitMqTransport transport,
    ConsumerRegistry registry,
    IServiceProvider services,
    IOptions<RabbitMqOptions> options,
    IOptionsMonitor<MessagingOptions> messaging,
    TimeProvider timeProvider,
    ILogger<RabbitMqConsumerService> logger,
    IShutdownDrain? drain = null) : BackgroundService
{
    private readonly List<IChannel> _channels = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (registry.All.Count == 0)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var current = await connection.GetAsync(stoppingToken);
                foreach (var consumer in registry.All)
                {
                    await StartConsumerAsync(current, consumer, stoppingToken);
                }

                return;
            }
            catch (Exception ex) when (RabbitMqTransport.IsConnectivityFailure(ex) && !stoppingToken.IsCancellationRequested)
            {
                await CloseChannelsAsync();
                var delay = registry.Contexts.Min(c => messaging.Get(c.Name).TransportUnavailableDelay);
                MessagingLog.BrokerUnreachable(logger, ex, delay);
                await Task.Delay(delay, timeProvider, stoppingToken);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await CloseChannelsAsync();
    }

    private async Task StartConsumerAsync(IConnection current, ConsumerRegistration consumer, CancellationToken stoppingToken)
    {
        var service = transport.ServiceOf(consumer.Context);
        var queue = RabbitMqTopology.Queue(service, consumer.Name);
        var sourceExchange = transport.SourceExchangeOf(consumer);
        var channel = await current.CreateChannelAsync(cancellationToken: stoppingToken);
        _channels.Add(channel);
        await RabbitMqTopology.DeclareConsumerAsync(channel, service, sourceExchange, queue, consumer.EventName, stoppingToken);
        await channel.BasicQosAsync(0, options.Value.PrefetchCount, global: false, stoppingToken);
        var basicConsumer = new AsyncEventingBasicConsumer(channel);
        basicConsumer.ReceivedAsync += (_, delivery) => OnReceivedAsync(channel, queue, consumer, delivery, stoppingToken);
        await channel.BasicConsumeAsync(queue, autoAck: false, basicConsumer, stoppingToken);
        MessagingLog.Consuming(logger, queue, consumer.EventName);
    }

    private async Task OnReceivedAsync(IChannel channel, string queue, ConsumerRegistration consumer, BasicDeliverEventArgs delivery, CancellationToken stoppingToken)
    {
        var message = RabbitMqMessageMapper.FromDelivery(delivery.BasicProperties, delivery.Body, out var problem);
        if (message is null)
        {
            MessagingLog.UnreadableMessage(logger, queue, problem!);
            await channel.BasicRejectAsync(delivery.DeliveryTag, requeue: false, CancellationToken.None);
            return;
        }

        var settings = messaging.Get(consumer.Context.Name);
        try
        {
            var pipeline = (IConsumerPipeline)services.GetRequiredService(consumer.Context.PipelineType);
            var outcome = await pipeline.DeliverAsync(message, consumer, stoppingToken);
            switch (outcome.Kind)
            {
                case DeliveryOutcomeKind.DeadLettered:
                    await transport.PublishDeadLetterAsync(message, settings.ServiceName, queue, consumer.Name, outcome.Attempts, outcome.Error!, stoppingToken);
                    break;
                case DeliveryOutcomeKind.Unavailable:
                    await Task.Delay(settings.TransportUnavailableDelay, timeProvider, stoppingToken);
                    await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true, CancellationToken.None);
                    return;
            }

            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, CancellationToken.None);
        }
        catch (Exception ex) when (ex is OperationCanceledException || RabbitMqTransport.IsConnectivityFailure(ex)
            || ex is Transport.TransportUnavailableException)
        {
            // Not acknowledged: the broker redelivers it (to this or another instance); the inbox makes that harmless.
            if (stoppingToken.IsCancellationRequested)
            {
                drain?.ReportCutOff($"delivery of message {message.Id} from queue {queue}: returned to the queue");
            }
            else if (channel.IsOpen)
            {
                await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true, CancellationToken.None);
            }
        }
#pragma warning disable CA1031 // Whatever went wrong outside the handler, the delivery must be handed back, not left unacknowledged.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            MessagingLog.DeliveryFailed(logger, ex, message.Id, queue);
            try
            {
                await Task.Delay(settings.TransportUnavailableDelay, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return; // Stopping: the channel closes and the broker requeues the delivery.
            }

            await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true, CancellationToken.None);
        }
    }

    private async Task CloseChannelsAsync()
    {
        foreach (var channel in _channels)
        {
            try
            {
                await channel.CloseAsync();
            }
            catch (Exception ex) when (RabbitMqTransport.IsConnectivityFailure(ex))
            {
                // Already closed with its connection.
            }

            await channel.DisposeAsync();
        }

        _channels.Clear();
    }
}
