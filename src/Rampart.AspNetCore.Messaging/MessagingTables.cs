namespace Rampart.AspNetCore.Messaging;

/// <summary>Names of the tables the messaging building block owns.</summary>
public static class MessagingTables
{
    /// <summary>The outbox table.</summary>
    public const string Outbox = "outbox_messages";

    /// <summary>The inbox table (processed and dead-lettered messages per consumer).</summary>
    public const string Inbox = "inbox_messages";
}
