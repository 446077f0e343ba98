using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Rampart.AspNetCore.Messaging;

namespace Skeleton.Modules.Catalog.Database;

/// <summary>Catalog's outbox (StockReserved, StockReservationFailed) and inbox (OrderPlaced, OrderCancelled), in schema <c>catalog</c>.</summary>
[DbContext(typeof(CatalogDbContext))]
[Migration("20261121000300_CreateCatalogMessagingTables")]
internal sealed class CreateCatalogMessagingTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateRampartOutboxTables(CatalogDbContext.Schema);
        migrationBuilder.CreateRampartInboxTables(CatalogDbContext.Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropRampartInboxTables(CatalogDbContext.Schema);
        migrationBuilder.DropRampartOutboxTables(CatalogDbContext.Schema);
    }
}
