namespace Rampart.AspNetCore.Messaging.Outbox;

/// <summary>
/// An integration event waiting in the outbox table. Added to the application's DbContext by <see cref="IOutbox"/>,
/// so it is committed, or rolled back, with the change that raised it.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Message id, a UUIDv7; consumers deduplicate on it.</summary>
    public Guid Id { get; set; }

    /// <summary>Publication order, assigned by the database on insert.</summary>
    public long Sequence { get; set; }

    /// <summary>The event type name on the wire.</summary>
    public string Type { get; set; } = "";

    /// <summary>Ordering key (usually the aggregate id): messages with the same key are published in order. Null means unordered.</summary>
    public string? PartitionKey { get; set; }

    /// <summary>The event as JSON.</summary>
    public string Payload { get; set; } = "";

    /// <summary>Trace context and correlation headers, as JSON.</summary>
    public string Headers { get; set; } = "{}";

    /// <summary>When the change happened.</summary>
    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>Where the message is in its life.</summary>
    public OutboxMessageStatus Status { get; set; }

    /// <summary>Publish attempts so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Not before this time is the message tried (again).</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>The last publish error, kept when the message is retried or dead-lettered.</summary>
    public string? LastError { get; set; }

    /// <summary>When the transport confirmed the message.</summary>
    public DateTimeOffset? PublishedAt { get; set; }
}
