using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rampart.AspNetCore.Messaging.Tests.Support;

/// <summary>A hand-written application migration, as a generated service has: its own tables plus the messaging tables.</summary>
[DbContext(typeof(MessagingTestDbContext))]
[Migration("20260101000000_InitialSchema")]
public sealed class InitialSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "orders",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                number = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_orders", x => x.id));
        migrationBuilder.CreateIndex(name: "IX_orders_number", table: "orders", column: "number", unique: true);
        EffectsTable.Create(migrationBuilder, schema: null);
        migrationBuilder.CreateRampartOutboxTables(MessagingTestDbContext.Schema);
        migrationBuilder.CreateRampartInboxTables(MessagingTestDbContext.Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropRampartInboxTables(MessagingTestDbContext.Schema);
        migrationBuilder.DropRampartOutboxTables(MessagingTestDbContext.Schema);
        migrationBuilder.DropTable(name: "effects");
        migrationBuilder.DropTable(name: "orders");
    }
}
