using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Rampart.AspNetCore.Messaging;

namespace Skeleton.Modules.Orders.Database;

/// <summary>The orders schema: orders, their items, and the module's outbox and inbox.</summary>
[DbContext(typeof(OrdersDbContext))]
[Migration("20261121000400_CreateOrdersTables")]
internal sealed class CreateOrdersTables : Migration
{
    private const string Schema = OrdersDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(Schema);
        migrationBuilder.CreateTable(
            name: "orders",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                total = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                rejection_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                version = table.Column<long>(type: "bigint", nullable: false),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_orders", x => x.id);
                table.CheckConstraint("ck_orders_status", "status IN ('pending', 'confirmed', 'rejected', 'cancelled')");
                table.CheckConstraint("ck_orders_total_positive", "total > 0");
            });
        migrationBuilder.CreateIndex(name: "ix_orders_customer_id_id", schema: Schema, table: "orders", columns: ["customer_id", "id"]);
        migrationBuilder.CreateTable(
            name: "order_items",
            schema: Schema,
            columns: table => new
            {
                order_id = table.Column<Guid>(type: "uuid", nullable: false),
                product_id = table.Column<Guid>(type: "uuid", nullable: false),
                quantity = table.Column<int>(type: "integer", nullable: false),
                unit_price = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_order_items", x => new { x.order_id, x.product_id });
                table.ForeignKey("fk_order_items_orders_order_id", x => x.order_id, principalSchema: Schema, principalTable: "orders",
                    principalColumn: "id", onDelete: ReferentialAction.Cascade);
                table.CheckConstraint("ck_order_items_quantity_positive", "quantity > 0");
            });
        migrationBuilder.CreateRampartOutboxTables(Schema);
        migrationBuilder.CreateRampartInboxTables(Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropRampartInboxTables(Schema);
        migrationBuilder.DropRampartOutboxTables(Schema);
        migrationBuilder.DropTable(name: "order_items", schema: Schema);
        migrationBuilder.DropTable(name: "orders", schema: Schema);
    }
}
