using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.DoNotChangeColumnTypesInPlaceAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class DoNotChangeColumnTypesInPlaceAnalyzerTests
{
    [Fact]
    public Task TypeChangeOnExistingTable_Reports() => Verify.VerifyAsync(("Migrations/Retype.cs", """
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace Shop.Migrations;

        public sealed class Retype : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.[|AlterColumn<long>(name: "quantity", table: "order_lines", type: "bigint", nullable: false, oldClrType: typeof(int), oldType: "integer")|];
                migrationBuilder.[|AlterColumn<string>(name: "sku", table: "products", type: "character varying(32)", oldClrType: typeof(string), oldType: "character varying(64)")|];
                migrationBuilder.[|Sql("ALTER TABLE orders ALTER COLUMN total TYPE numeric(14,2)")|];
            }

            protected override void Down(MigrationBuilder migrationBuilder) { }
        }
        """));

    [Fact]
    public Task SameTypeWideningAndNewTables_DoNotReport() => Verify.VerifyAsync(("Migrations/Retype.cs", """
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace Shop.Migrations;

        public sealed class Retype : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.AlterColumn<string>(name: "name", table: "products", type: "character varying(400)", oldClrType: typeof(string), oldType: "character varying(200)");
                migrationBuilder.AlterColumn<string>(name: "note", table: "products", type: "text", oldClrType: typeof(string), oldType: "character varying(200)");
                migrationBuilder.AlterColumn<string>(name: "city", table: "products", type: "text", nullable: true, oldClrType: typeof(string), oldType: "text");
                migrationBuilder.CreateTable(name: "refunds", columns: table => new { id = table.Column<Guid>(nullable: false) });
                migrationBuilder.AlterColumn<long>(name: "amount", table: "refunds", type: "bigint", oldClrType: typeof(int), oldType: "integer");
            }

            protected override void Down(MigrationBuilder migrationBuilder) =>
                migrationBuilder.AlterColumn<int>(name: "quantity", table: "order_lines", type: "integer", oldClrType: typeof(long), oldType: "bigint");
        }
        """));

    [Fact]
    public Task SqlServerNvarchar_WideningIsNotReportedShrinkingIs() => Verify.VerifyAsync(("Migrations/Buyer.cs", """
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace Shop.Migrations;

        public sealed class Buyer : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.AlterColumn<string>(name: "BuyerId", table: "Baskets", type: "nvarchar(256)", oldClrType: typeof(string), oldType: "nvarchar(40)");
                migrationBuilder.[|AlterColumn<string>(name: "BuyerId", table: "Orders", type: "nvarchar(256)", oldClrType: typeof(string), oldType: "nvarchar(max)")|];
            }

            protected override void Down(MigrationBuilder migrationBuilder) { }
        }
        """));
}
