namespace Rampart.AspNetCore.Messaging.Inbox;

/// <summary>
/// One message a consumer has dealt with, keyed by message id and consumer. Written in the consumer's own
/// transaction, so a redelivered message is recognised and skipped.
/// </summary>
public sealed class InboxMessage
{
    /// <summary>The message id.</summary>
    public Guid MessageId { get; set; }

    /// <summary>The consumer (group) name.</summary>
    public string Consumer { get; set; } = "";

    /// <summary>The event type name.</summary>
    public string Type { get; set; } = "";

    /// <summary>Processed or dead-lettered.</summary>
    public InboxMessageStatus Status { get; set; }

    /// <summary>Attempts made (1 when handled the first time).</summary>
    public int Attempts { get; set; }

    /// <summary>When the row was written.</summary>
    public DateTimeOffset HandledAt { get; set; }

    /// <summary>For a dead-lettered message: the last error.</summary>
    public string? Error { get; set; }

    /// <summary>For a dead-lettered message: the payload, so it can be inspected and replayed.</summary>
    public string? Payload { get; set; }

    /// <summary>For a dead-lettered message: the headers, as JSON.</summary>
    public string? Headers { get; set; }
}
