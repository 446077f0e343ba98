using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.AddConstraintsNotValidAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class AddConstraintsNotValidAnalyzerTests
{
    [Fact]
    public Task ConstraintsOnExistingTable_Report() => Verify.VerifyAsync(("Migrations/Constrain.cs", """
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace Shop.Migrations;

        public sealed class Constrain : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.[|AddForeignKey(name: "fk_orders_customers", table: "orders", column: "customer_id", principalTable: "customers", principalColumn: "id")|];
                migrationBuilder.[|AddCheckConstraint(name: "ck_orders_total", table: "orders", sql: "total >= 0")|];
                migrationBuilder.[|Sql("ALTER TABLE order_lines ADD CONSTRAINT fk_lines_orders FOREIGN KEY (order_id) REFERENCES orders (id)")|];
            }

            protected override void Down(MigrationBuilder migrationBuilder) { }
        }
        """));

    [Fact]
    public Task NotValidThenValidateOrNewTables_DoNotReport() => Verify.VerifyAsync(("Migrations/Constrain.cs", """
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace Shop.Migrations;

        public sealed class Constrain : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql("ALTER TABLE orders ADD CONSTRAINT fk_orders_customers FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID");
                migrationBuilder.Sql("ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_customers");
                migrationBuilder.Sql("ALTER TABLE orders ADD CONSTRAINT ck_orders_total CHECK (total >= 0) NOT VALID;");
                migrationBuilder.CreateTable(name: "refunds", columns: table => new { id = table.Column<Guid>(nullable: false), order_id = table.Column<Guid>(nullable: false) });
                migrationBuilder.AddForeignKey(name: "fk_refunds_orders", table: "refunds", column: "order_id", principalTable: "orders", principalColumn: "id");
                migrationBuilder.AddCheckConstraint(name: "ck_refunds_id", table: "refunds", sql: "id IS NOT NULL");
            }

            protected override void Down(MigrationBuilder migrationBuilder) =>
                migrationBuilder.AddForeignKey(name: "fk_old", table: "orders", column: "x", principalTable: "y");
        }
        """));
}
