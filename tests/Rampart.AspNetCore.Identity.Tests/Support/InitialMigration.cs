using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rampart.AspNetCore.Identity.Tests;

/// <summary>The test application's hand-written migration: identity tables through the building block, plus its own table.</summary>
[DbContext(typeof(IdentityTestDbContext))]
[Migration("20260101000000_Initial")]
public sealed class InitialMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateRampartIdentityTables(schema: "identity");
        migrationBuilder.EnsureSchema("app");
        migrationBuilder.CreateTable(
            name: "notes",
            schema: "app",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                text = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_notes", x => x.id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("notes", "app");
        migrationBuilder.DropRampartIdentityTables(schema: "identity");
    }
}
