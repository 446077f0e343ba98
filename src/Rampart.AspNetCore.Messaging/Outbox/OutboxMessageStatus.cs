namespace Rampart.AspNetCore.Messaging.Outbox;

/// <summary>Where an outbox message is in its life.</summary>
public enum OutboxMessageStatus
{
    /// <summary>Waiting to be published (possibly claimed by a relay, or waiting for its next attempt).</summary>
    Pending = 0,

    /// <summary>Published and confirmed by the transport.</summary>
    Published = 1,

    /// <summary>Given up after the maximum number of attempts; <see cref="OutboxMessage.LastError"/> says why.</summary>
    DeadLettered = 2,
}
