using Microsoft.EntityFrameworkCore;

namespace Rampart.AspNetCore.Messaging.Inbox;

/// <summary>The quoted name of the inbox table in an application DbContext, and the claim every inbox user makes first.</summary>
internal static class InboxTable
{
    public static string Of(DbContext db) => MappedTable.QuotedName<InboxMessage>(db, "AddRampartInbox");

    /// <summary>
    /// Inserts the processed row for <paramref name="messageId"/> and <paramref name="consumer"/> in the caller's open
    /// transaction. False when the row exists: the message was handled before. A concurrent claim of the same message
    /// waits on this one's transaction, then sees the row or, after a rollback, takes it.
    /// </summary>
    public static async Task<bool> TryClaimAsync(
        DbContext db, Guid messageId, string consumer, string type, int attempt, DateTimeOffset now, CancellationToken cancellationToken)
    {
#pragma warning disable EF1002 // Only the table name, read from the EF model and quoted, is interpolated; values are parameters.
        var inserted = await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO {Of(db)} (message_id, consumer, type, status, attempts, handled_at) VALUES ({{0}}, {{1}}, {{2}}, {{3}}, {{4}}, {{5}}) ON CONFLICT DO NOTHING",
            [messageId, consumer, type, (int)InboxMessageStatus.Processed, attempt, now],
            cancellationToken);
#pragma warning restore EF1002
        return inserted > 0;
    }
}
