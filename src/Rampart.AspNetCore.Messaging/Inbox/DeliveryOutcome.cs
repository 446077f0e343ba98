namespace Rampart.AspNetCore.Messaging.Inbox;

/// <summary>What happened to one message for one consumer.</summary>
internal enum DeliveryOutcomeKind
{
    /// <summary>Handled now; effects and inbox row committed.</summary>
    Processed,

    /// <summary>Already in the inbox: a redelivery, skipped without effect.</summary>
    Duplicate,

    /// <summary>Failed every attempt; recorded as dead-lettered with the reason.</summary>
    DeadLettered,

    /// <summary>The consumer's database is unreachable; nothing recorded, deliver again later.</summary>
    Unavailable,
}

/// <summary>The outcome of a delivery, with the last error when there was one.</summary>
internal sealed record DeliveryOutcome(DeliveryOutcomeKind Kind, int Attempts, string? Error = null);
