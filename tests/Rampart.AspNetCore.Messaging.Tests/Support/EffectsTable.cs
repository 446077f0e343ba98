using Microsoft.EntityFrameworkCore.Migrations;

namespace Rampart.AspNetCore.Messaging.Tests.Support;

/// <summary>The consumers' effects table, which both test modules' migrations create in their own schema.</summary>
internal static class EffectsTable
{
    public static void Create(MigrationBuilder migrationBuilder, string? schema) =>
        migrationBuilder.CreateTable(
            name: "effects",
            schema: schema,
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                message_id = table.Column<Guid>(type: "uuid", nullable: false),
                consumer = table.Column<string>(type: "text", nullable: false),
                order_id = table.Column<Guid>(type: "uuid", nullable: false),
                step = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_effects", x => x.id));
}
