using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Skeleton.Modules.Catalog.Database;

/// <summary>The catalog schema: products with their integrity rules as database constraints.</summary>
[DbContext(typeof(CatalogDbContext))]
[Migration("20261121000200_CreateCatalogTables")]
internal sealed class CreateCatalogTables : Migration
{
    private const string Schema = CatalogDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(Schema);
        migrationBuilder.CreateTable(
            name: "products",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                price = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                stock = table.Column<int>(type: "integer", nullable: false),
                reserved = table.Column<int>(type: "integer", nullable: false),
                version = table.Column<long>(type: "bigint", nullable: false),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_products", x => x.id);
                table.CheckConstraint("ck_products_price_positive", "price > 0");
                table.CheckConstraint("ck_products_stock_not_negative", "stock >= 0");
                table.CheckConstraint("ck_products_reserved_not_negative", "reserved >= 0");
                table.CheckConstraint("ck_products_reserved_within_stock", "reserved <= stock");
            });
        migrationBuilder.CreateIndex(
            name: CatalogDbContext.SkuIndex, schema: Schema, table: "products", column: "sku", unique: true, filter: "deleted_at IS NULL");
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "products", schema: Schema);
}
