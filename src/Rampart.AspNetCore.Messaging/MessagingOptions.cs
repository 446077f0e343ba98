namespace Rampart.AspNetCore.Messaging;

/// <summary>Settings of the outbox relay and the consumers. Validated at startup.</summary>
public sealed class MessagingOptions
{
    /// <summary>
    /// The name of this service (for example <c>orders</c>): names its RabbitMQ exchange and prefixes its queues.
    /// Required; lower case letters, digits, dots, dashes and underscores.
    /// </summary>
    public string ServiceName { get; set; } = "";

    /// <summary>Whether this instance runs the outbox relay. Defaults to true; any number of instances may run it.</summary>
    public bool RelayEnabled { get; set; } = true;

    /// <summary>How long the relay waits before looking again when the outbox had nothing to send. Defaults to 1 second.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many messages one relay claims at a time. Defaults to 100.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Publish attempts of one message before it is dead-lettered in the outbox. Defaults to 10.</summary>
    public int MaxPublishAttempts { get; set; } = 10;

    /// <summary>First retry delay of a failed publish; doubled per attempt, with jitter. Defaults to 1 second.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest retry delay of a failed publish or delivery. Defaults to 5 minutes.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The longest pause of the relay (and of a RabbitMQ consumer) before trying again while the broker or the database
    /// is unreachable: the relay starts at 100 ms and doubles up to this, so it resumes within this time of the outage
    /// ending. Defaults to 1 second.
    /// </summary>
    public TimeSpan TransportUnavailableDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Attempts of a consumer on one message before the message is dead-lettered for that consumer. Defaults to 5.</summary>
    public int MaxDeliveryAttempts { get; set; } = 5;

    /// <summary>First delay between two attempts of a consumer; doubled per attempt, with jitter. Defaults to 200 milliseconds.</summary>
    public TimeSpan DeliveryRetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long published messages stay in the outbox before the relay deletes them. Defaults to 7 days.</summary>
    public TimeSpan PublishedRetention { get; set; } = TimeSpan.FromDays(7);
}
