using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Skeleton.Modules.Identity.Database;

/// <summary>The identity schema and the building block's tables.</summary>
[DbContext(typeof(IdentityDbContext))]
[Migration("20261121000100_CreateIdentityTables")]
internal sealed class CreateIdentityTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(IdentityDbContext.Schema);
        migrationBuilder.CreateRampartIdentityTables(IdentityDbContext.Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropRampartIdentityTables(IdentityDbContext.Schema);
}
