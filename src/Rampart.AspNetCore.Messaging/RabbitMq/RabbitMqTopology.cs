using RabbitMQ.Client;

namespace Rampart.AspNetCore.Messaging.RabbitMq;

/// <summary>
/// The names and declarations of the service's topology: a durable topic exchange per service (routing key = event
/// type), a durable queue per consumer group bound to the publishing service's exchange, and a dead-letter exchange
/// per service with a dead-letter queue per consumer queue.
/// </summary>
internal static class RabbitMqTopology
{
    public static string DeadLetterExchange(string serviceName) => $"{serviceName}.dead-letter";

    public static string Queue(string serviceName, string consumer) => $"{serviceName}.{consumer}";

    public static string DeadLetterQueue(string queue) => $"{queue}.dead-letter";

    public static Task DeclareExchangeAsync(IChannel channel, string exchange, CancellationToken cancellationToken) =>
        channel.ExchangeDeclareAsync(exchange, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: cancellationToken);

    public static async Task DeclareConsumerAsync(IChannel channel, string serviceName, string sourceExchange, string queue, string eventName, CancellationToken cancellationToken)
    {
        var deadLetterExchange = DeadLetterExchange(serviceName);
        await DeclareExchangeAsync(channel, sourceExchange, cancellationToken);
        await channel.ExchangeDeclareAsync(deadLetterExchange, ExchangeType.Direct, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(DeadLetterQueue(queue), durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(DeadLetterQueue(queue), deadLetterExchange, queue, cancellationToken: cancellationToken);
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["x-dead-letter-exchange"] = deadLetterExchange,
            ["x-dead-letter-routing-key"] = queue,
        };
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(queue, sourceExchange, eventName, cancellationToken: cancellationToken);
    }
}
