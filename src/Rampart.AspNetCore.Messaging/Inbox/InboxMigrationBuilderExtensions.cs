using Microsoft.EntityFrameworkCore.Migrations;

namespace Rampart.AspNetCore.Messaging;

/// <summary>Creates and drops the inbox table from an application's own migration.</summary>
public static class InboxMigrationBuilderExtensions
{
    /// <summary>Creates <c>inbox_messages</c> and its index, matching <c>AddRampartInbox(schema)</c>.</summary>
    public static MigrationBuilder CreateRampartInboxTables(this MigrationBuilder migrationBuilder, string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (schema is not null)
        {
            migrationBuilder.EnsureSchema(schema);
        }

        migrationBuilder.CreateTable(
            name: MessagingTables.Inbox,
            schema: schema,
            columns: table => new
            {
                message_id = table.Column<Guid>(type: "uuid", nullable: false),
                consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                status = table.Column<int>(type: "integer", nullable: false),
                attempts = table.Column<int>(type: "integer", nullable: false),
                handled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                error = table.Column<string>(type: "text", nullable: true),
                payload = table.Column<string>(type: "jsonb", nullable: true),
                headers = table.Column<string>(type: "jsonb", nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_inbox_messages", x => new { x.message_id, x.consumer }));
        migrationBuilder.CreateIndex(
            name: "ix_inbox_messages_dead_lettered", schema: schema, table: MessagingTables.Inbox,
            column: "handled_at", filter: "status = 1");
        return migrationBuilder;
    }

    /// <summary>Drops <c>inbox_messages</c> (for a migration's <c>Down</c>).</summary>
    public static MigrationBuilder DropRampartInboxTables(this MigrationBuilder migrationBuilder, string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: MessagingTables.Inbox, schema: schema);
        return migrationBuilder;
    }
}
