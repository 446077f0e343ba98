using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.RenameAndDropInExpandContractStepsAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class RenameAndDropInExpandContractStepsAnalyzerTests
{
    /// <summary>Migration 1 maps orders(id, customer, legacy_code); the model of migration 2 no longer maps legacy_code.</summary>
    private const string History = """
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Infrastructure;
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace Shop.Migrations;

        public sealed class ShopDb(DbContextOptions<ShopDb> options) : DbContext(options);

        [DbContext(typeof(ShopDb))]
        [Migration("20260101000000_Initial")]
        public partial class Initial : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.CreateTable(name: "orders", columns: table => new { id = table.Column<Guid>(nullable: false) });

            protected override void BuildTargetModel(ModelBuilder modelBuilder)
            {
                modelBuilder.Entity("Shop.Order", b =>
                {
                    b.Property<Guid>("Id").HasColumnName("id");
                    b.Property<string>("Customer").HasColumnName("customer");
                    b.Property<string>("LegacyCode").HasColumnName("legacy_code");
                    b.ToTable("orders");
                });
            }
        }

        [DbContext(typeof(ShopDb))]
        [Migration("20260201000000_StopReadingLegacyCode")]
        public partial class StopReadingLegacyCode : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) { }

            protected override void BuildTargetModel(ModelBuilder modelBuilder)
            {
                modelBuilder.Entity("Shop.Order", b =>
                {
                    b.Property<Guid>("Id").HasColumnName("id");
                    b.Property<string>("Customer").HasColumnName("customer");
                    b.ToTable("orders");
                });
            }
        }
        """;

    [Fact]
    public Task DropOrRenameWhatThePreviousReleaseReads_Reports() => Verify.VerifyAsync(("Migrations/History.cs", History), ("Migrations/Contract.cs", """
        using Microsoft.EntityFrameworkCore.Infrastructure;
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace Shop.Migrations;

        [DbContext(typeof(ShopDb))]
        [Migration("20260301000000_Contract")]
        public sealed class Contract : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.[|RenameColumn(name: "customer", table: "orders", newName: "customer_name")|];
                migrationBuilder.[|RenameTable(name: "orders", newName: "purchases")|];
                migrationBuilder.[|Sql("ALTER TABLE orders DROP COLUMN customer")|];
            }

            protected override void Down(MigrationBuilder migrationBuilder) { }
        }

        public sealed class HandWritten : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.[|DropTable(name: "carts")|];

            protected override void Down(MigrationBuilder migrationBuilder) { }
        }
        """));

    [Fact]
    public Task ContractStepAfterReadsStoppedAndNewObjects_DoNotReport() => Verify.VerifyAsync(("Migrations/History.cs", History), ("Migrations/Contract.cs", """
        using Microsoft.EntityFrameworkCore.Infrastructure;
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace Shop.Migrations;

        [DbContext(typeof(ShopDb))]
        [Migration("20260301000000_Contract")]
        public sealed class Contract : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.DropColumn(name: "legacy_code", table: "orders");
                migrationBuilder.CreateTable(name: "drafts", columns: table => new { id = table.Column<Guid>(nullable: false) });
                migrationBuilder.RenameColumn(name: "id", table: "drafts", newName: "draft_id");
                migrationBuilder.AddColumn<string>(name: "note", table: "orders", nullable: true);
                migrationBuilder.DropColumn(name: "note", table: "orders");
            }

            protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "orders");
        }
        """));
}
