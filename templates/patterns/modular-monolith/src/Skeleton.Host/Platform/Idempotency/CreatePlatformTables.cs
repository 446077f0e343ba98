using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Rampart.AspNetCore.Data;

namespace Skeleton.Host.Platform.Idempotency;

/// <summary>The platform schema: the idempotency keys table.</summary>
[DbContext(typeof(PlatformDbContext))]
[Migration("20261121000000_CreatePlatformTables")]
internal sealed class CreatePlatformTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(PlatformDbContext.Schema);
        migrationBuilder.CreateRampartIdempotencyTable(PlatformDbContext.Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropRampartIdempotencyTable(PlatformDbContext.Schema);
}
