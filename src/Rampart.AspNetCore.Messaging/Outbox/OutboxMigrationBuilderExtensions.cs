using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Rampart.AspNetCore.Messaging;

/// <summary>Creates and drops the outbox table from an application's own migration.</summary>
public static class OutboxMigrationBuilderExtensions
{
    /// <summary>Creates <c>outbox_messages</c> and its indexes, matching <c>AddRampartOutbox(schema)</c>.</summary>
    public static MigrationBuilder CreateRampartOutboxTables(this MigrationBuilder migrationBuilder, string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (schema is not null)
        {
            migrationBuilder.EnsureSchema(schema);
        }

        migrationBuilder.CreateTable(
            name: MessagingTables.Outbox,
            schema: schema,
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                sequence = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                partition_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                payload = table.Column<string>(type: "jsonb", nullable: false),
                headers = table.Column<string>(type: "jsonb", nullable: false),
                occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                status = table.Column<int>(type: "integer", nullable: false),
                attempts = table.Column<int>(type: "integer", nullable: false),
                next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                last_error = table.Column<string>(type: "text", nullable: true),
                published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_outbox_messages", x => x.id));
        migrationBuilder.CreateIndex(
            name: "ix_outbox_messages_pending", schema: schema, table: MessagingTables.Outbox,
            column: "sequence", filter: "status = 0");
        migrationBuilder.CreateIndex(
            name: "ix_outbox_messages_partition_pending", schema: schema, table: MessagingTables.Outbox,
            columns: ["partition_key", "sequence"], filter: "status = 0");
        return migrationBuilder;
    }

    /// <summary>Drops <c>outbox_messages</c> (for a migration's <c>Down</c>).</summary>
    public static MigrationBuilder DropRampartOutboxTables(this MigrationBuilder migrationBuilder, string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: MessagingTables.Outbox, schema: schema);
        return migrationBuilder;
    }
}
