using Microsoft.EntityFrameworkCore.Migrations;
using Rampart.AspNetCore.Data.Idempotency;

namespace Rampart.AspNetCore.Data;

/// <summary>Creates and drops the idempotency table from an application's own migration.</summary>
public static class IdempotencyMigrationBuilderExtensions
{
    /// <summary>Creates <c>idempotency_keys</c> as <c>AddRampartIdempotency(schema)</c> maps it.</summary>
    public static MigrationBuilder CreateRampartIdempotencyTable(this MigrationBuilder migrationBuilder, string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (schema is not null)
        {
            migrationBuilder.EnsureSchema(schema);
        }

        migrationBuilder.CreateTable(
            name: IdempotencyTable.Name,
            schema: schema,
            columns: table => new
            {
                scope = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                key = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                response_status = table.Column<int>(type: "integer", nullable: false),
                response_headers = table.Column<string>(type: "jsonb", nullable: true),
                response_body = table.Column<byte[]>(type: "bytea", nullable: true),
            },
            constraints: table => table.PrimaryKey(IdempotencyTable.PrimaryKey, x => new { x.scope, x.key }));
        migrationBuilder.CreateIndex(name: IdempotencyTable.ExpiresAtIndex, table: IdempotencyTable.Name, column: "expires_at", schema: schema);
        return migrationBuilder;
    }

    /// <summary>Drops <c>idempotency_keys</c> (the Down of the migration that created it).</summary>
    public static MigrationBuilder DropRampartIdempotencyTable(this MigrationBuilder migrationBuilder, string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: IdempotencyTable.Name, schema: schema);
        return migrationBuilder;
    }
}
