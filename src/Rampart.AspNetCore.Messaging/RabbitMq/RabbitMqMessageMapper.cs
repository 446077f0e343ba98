using System.Globalization;
using System.Text;
using RabbitMQ.Client;

namespace Rampart.AspNetCore.Messaging.RabbitMq;

/// <summary>Maps an integration message to AMQP properties and body, and back.</summary>
internal static class RabbitMqMessageMapper
{
    private const string OccurredAtHeader = "occurred-at";

    public static BasicProperties ToProperties(IntegrationMessage message, IReadOnlyDictionary<string, string>? extraHeaders = null)
    {
        var headers = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [OccurredAtHeader] = message.OccurredAt.ToString("O", CultureInfo.InvariantCulture),
        };
        foreach (var (name, value) in message.Headers.Concat(extraHeaders ?? new Dictionary<string, string>()))
        {
            headers[name] = value;
        }

        return new BasicProperties
        {
            MessageId = message.Id.ToString(),
            Type = message.Type,
            ContentType = "application/json",
            DeliveryMode = DeliveryModes.Persistent,
            Timestamp = new AmqpTimestamp(message.OccurredAt.ToUnixTimeSeconds()),
            CorrelationId = message.Headers.GetValueOrDefault(IntegrationMessageHeaders.CorrelationId),
            Headers = headers,
        };
    }

    public static ReadOnlyMemory<byte> ToBody(IntegrationMessage message) => Encoding.UTF8.GetBytes(message.Payload);

    /// <summary>Reads a delivery back; null with a reason when it is not a message this library can handle.</summary>
    public static IntegrationMessage? FromDelivery(IReadOnlyBasicProperties properties, ReadOnlyMemory<byte> body, out string? problem)
    {
        problem = null;
        if (!Guid.TryParse(properties.MessageId, out var id))
        {
            problem = "it has no message id (a UUID in the message-id property)";
            return null;
        }

        if (string.IsNullOrEmpty(properties.Type))
        {
            problem = "it has no type property";
            return null;
        }

        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in properties.Headers ?? new Dictionary<string, object?>())
        {
            if (value is byte[] bytes)
            {
                headers[name] = Encoding.UTF8.GetString(bytes);
            }
            else if (value is string text)
            {
                headers[name] = text;
            }
        }

        var occurredAt = headers.Remove(OccurredAtHeader, out var stamp)
            && DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
                ? parsed
                : DateTimeOffset.FromUnixTimeSeconds(properties.Timestamp.UnixTime);
        return new IntegrationMessage(id, properties.Type, headers.GetValueOrDefault(IntegrationMessageHeaders.PartitionKey),
            occurredAt, Encoding.UTF8.GetString(body.Span), headers);
    }
}
