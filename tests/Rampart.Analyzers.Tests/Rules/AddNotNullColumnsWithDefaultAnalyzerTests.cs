using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.AddNotNullColumnsWithDefaultAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class AddNotNullColumnsWithDefaultAnalyzerTests
{
    [Fact]
    public Task NotNullColumnWithoutDefaultOnExistingTable_Reports() => Verify.VerifyAsync(("Migrations/AddCurrency.cs", """
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace Shop.Migrations;

        public sealed class AddCurrency : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.[|AddColumn<string>(name: "currency", table: "orders", type: "text", nullable: false)|];
                migrationBuilder.[|AddColumn<int>(name: "priority", table: "orders")|];
                migrationBuilder.[|Sql("ALTER TABLE orders ADD COLUMN region text NOT NULL")|];
            }

            protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropColumn(name: "currency", table: "orders");
        }
        """));

    [Fact]
    public Task DefaultsNullableAndNewTables_DoNotReport() => Verify.VerifyAsync(("Migrations/AddCurrency.cs", """
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace Shop.Migrations;

        public sealed class AddCurrency : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.AddColumn<string>(name: "currency", table: "orders", nullable: false, defaultValue: "EUR");
                migrationBuilder.AddColumn<DateTime>(name: "seen_at", table: "orders", nullable: false, defaultValueSql: "now()");
                migrationBuilder.AddColumn<string>(name: "note", table: "orders", nullable: true);
                migrationBuilder.Sql("ALTER TABLE orders ADD COLUMN region text NOT NULL DEFAULT 'eu'");
                migrationBuilder.CreateTable(name: "refunds", columns: table => new { id = table.Column<Guid>(nullable: false) });
                migrationBuilder.AddColumn<int>(name: "amount", table: "refunds", nullable: false);
                migrationBuilder.Sql("CREATE TABLE audit (id uuid NOT NULL); ALTER TABLE audit ADD COLUMN at timestamptz NOT NULL");
            }

            protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.AddColumn<int>(name: "legacy", table: "orders");
        }
        """));
}
