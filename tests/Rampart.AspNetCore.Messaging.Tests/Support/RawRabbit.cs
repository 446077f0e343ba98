using System.Collections.Concurrent;
using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Rampart.Testing;

namespace Rampart.AspNetCore.Messaging.Tests.Support;

/// <summary>A plain RabbitMQ client beside the service under test: listens on an exchange, reads dead-letter queues.</summary>
public sealed class RawRabbit : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private RawRabbit(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public ConcurrentQueue<(string MessageId, string? PartitionKey, string Body)> Received { get; } = new();

    public static async Task<RawRabbit> ConnectAsync()
    {
        var connection = await new ConnectionFactory { Uri = RabbitMqTestBroker.Uri }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        return new RawRabbit(connection, channel);
    }

    /// <summary>Binds a fresh exclusive queue to every message of <paramref name="exchange"/> and records what arrives.</summary>
    public async Task ListenAsync(string exchange)
    {
        await _channel.ExchangeDeclareAsync(exchange, ExchangeType.Topic, durable: true, autoDelete: false);
        var queue = (await _channel.QueueDeclareAsync(RabbitMqTestBroker.UniqueName("listen"), durable: false, exclusive: true, autoDelete: true)).QueueName;
        await _channel.QueueBindAsync(queue, exchange, "#");
        var consumer = new AsyncEventingBasicConsumer(_channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            var key = delivery.BasicProperties.Headers?.TryGetValue("partition-key", out var value) == true && value is byte[] bytes
                ? Encoding.UTF8.GetString(bytes)
                : null;
            Received.Enqueue((delivery.BasicProperties.MessageId!, key, Encoding.UTF8.GetString(delivery.Body.Span)));
            return Task.CompletedTask;
        };
        await _channel.BasicConsumeAsync(queue, autoAck: true, consumer);
    }

    public async Task PublishAsync(string exchange, string routingKey, string messageId)
    {
        var properties = new BasicProperties { MessageId = messageId, Type = routingKey };
        await _channel.BasicPublishAsync(exchange, routingKey, mandatory: false, properties, Encoding.UTF8.GetBytes("{}"));
    }

    /// <summary>Consumers on <paramref name="queue"/>; fails (and so reads as "not yet") while the queue does not exist.</summary>
    public async Task<uint> ConsumerCountAsync(string queue)
    {
        await using var probe = await _connection.CreateChannelAsync();
        return await probe.ConsumerCountAsync(queue);
    }

    /// <summary>Takes one message from <paramref name="queue"/>; a fresh channel each time, since a missing queue closes it.</summary>
    public async Task<BasicGetResult?> GetAsync(string queue)
    {
        await using var probe = await _connection.CreateChannelAsync();
        return await probe.BasicGetAsync(queue, autoAck: true);
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
