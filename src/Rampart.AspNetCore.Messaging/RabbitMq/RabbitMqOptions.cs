namespace Rampart.AspNetCore.Messaging.RabbitMq;

/// <summary>How this service reaches RabbitMQ and shapes its topology. Validated at startup.</summary>
public sealed class RabbitMqOptions
{
    /// <summary>AMQP URI of the broker, for example <c>amqp://user:password@host:5672/vhost</c>. Required.</summary>
    public Uri? Uri { get; set; }

    /// <summary>The durable topic exchange this service publishes to. Defaults to the service name.</summary>
    public string? Exchange { get; set; }

    /// <summary>Unacknowledged messages a consumer holds at once. Defaults to 16.</summary>
    public ushort PrefetchCount { get; set; } = 16;

    /// <summary>How often a lost connection is retried. Defaults to 5 seconds.</summary>
    public TimeSpan RecoveryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long opening a connection may take. Defaults to 5 seconds.</summary>
    public TimeSpan ConnectionTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the readiness check waits for the broker. Defaults to 2 seconds.</summary>
    public TimeSpan HealthCheckTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
