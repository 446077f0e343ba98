using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.CreateIndexesConcurrentlyAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class CreateIndexesConcurrentlyAnalyzerTests
{
    [Fact]
    public Task IndexOnExistingTableWithoutConcurrently_Reports() => Verify.VerifyAsync(("Migrations/IndexOrders.cs", """
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace Shop.Migrations;

        public sealed class IndexOrders : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.[|CreateIndex(name: "ix_orders_customer", table: "orders", column: "customer_id")|];
                migrationBuilder.[|AddUniqueConstraint(name: "uq_orders_number", table: "orders", column: "number")|];
                migrationBuilder.[|Sql("CREATE UNIQUE INDEX ix_orders_sku ON public.orders (sku)")|];
            }

            protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropIndex(name: "ix_orders_customer", table: "orders");
        }
        """));

    [Fact]
    public Task ConcurrentOrOnNewTables_DoNotReport() => Verify.VerifyAsync(("Migrations/IndexOrders.cs", """
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace Shop.Migrations;

        public sealed class IndexOrders : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.CreateIndex(name: "ix_orders_customer", table: "orders", column: "customer_id")
                    .Annotation("Npgsql:CreatedConcurrently", true);
                migrationBuilder.Sql("CREATE INDEX CONCURRENTLY ix_orders_sku ON orders (sku)", suppressTransaction: true);
                migrationBuilder.Sql("ALTER TABLE orders ADD CONSTRAINT uq_orders_sku UNIQUE USING INDEX ix_orders_sku");
                migrationBuilder.CreateTable(name: "refunds", columns: table => new { id = table.Column<Guid>(nullable: false), order_id = table.Column<Guid>(nullable: false) });
                migrationBuilder.CreateIndex(name: "ix_refunds_order", table: "refunds", column: "order_id");
            }

            protected override void Down(MigrationBuilder migrationBuilder) { }
        }
        """));
}
