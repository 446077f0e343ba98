namespace Rampart.AspNetCore.Messaging.Inbox;

/// <summary>What a consumer did with a message.</summary>
public enum InboxMessageStatus
{
    /// <summary>Handled; its effects were committed with this row.</summary>
    Processed = 0,

    /// <summary>Given up after the maximum number of attempts; the message and the reason are kept.</summary>
    DeadLettered = 1,
}
