using Microsoft.EntityFrameworkCore;

namespace Rampart.AspNetCore.Messaging.Inbox;

/// <summary>The quoted name of the inbox table as the application's model maps it.</summary>
internal static class InboxTable
{
    public static string Of(DbContext db) => MappedTable.QuotedName<InboxMessage>(db, "AddRampartInbox");
}
