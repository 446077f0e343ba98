using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rampart.AspNetCore.Messaging.Tests.Support;

/// <summary>The second module's hand-written migration: its effects table and its own outbox and inbox tables.</summary>
[DbContext(typeof(SecondModuleDbContext))]
[Migration("20260101000000_SecondModuleSchema")]
public sealed class SecondModuleSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(SecondModuleDbContext.Schema);
        EffectsTable.Create(migrationBuilder, SecondModuleDbContext.Schema);
        migrationBuilder.CreateRampartOutboxTables(SecondModuleDbContext.Schema);
        migrationBuilder.CreateRampartInboxTables(SecondModuleDbContext.Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropRampartInboxTables(SecondModuleDbContext.Schema);
        migrationBuilder.DropRampartOutboxTables(SecondModuleDbContext.Schema);
        migrationBuilder.DropTable(name: "effects", schema: SecondModuleDbContext.Schema);
    }
}
