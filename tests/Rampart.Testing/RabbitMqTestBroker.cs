namespace Rampart.Testing;

/// <summary>The shared RabbitMQ node; each test isolates itself with its own exchange and queue names.</summary>
public static class RabbitMqTestBroker
{
    /// <summary>AMQP URI of the node.</summary>
    public static Uri Uri => TestEnvironment.RabbitMqUri;

    /// <summary>A name no other test uses, for exchanges and queues.</summary>
    public static string UniqueName(string prefix) => $"{prefix}.{Guid.NewGuid():N}";
}
