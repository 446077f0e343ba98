using Microsoft.EntityFrameworkCore.Migrations;
using Rampart.AspNetCore.Identity;

namespace Microsoft.EntityFrameworkCore;

/// <summary>Creates and drops the identity tables from an application's hand-written migration (PostgreSQL).</summary>
public static class IdentityMigrationBuilderExtensions
{
    private const string Timestamp = "timestamp with time zone";

    /// <summary>Creates the schema (if missing) and the tables mapped by <see cref="IdentityModelBuilderExtensions.AddRampartIdentity"/>.</summary>
    public static MigrationBuilder CreateRampartIdentityTables(this MigrationBuilder migrationBuilder, string schema = IdentityModelBuilderExtensions.DefaultSchema)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.EnsureSchema(schema);

        migrationBuilder.CreateTable(
            name: IdentityTables.Users,
            schema: schema,
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                normalized_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                password_hash = table.Column<string>(type: "text", nullable: false),
                roles = table.Column<string>(type: "text", nullable: false),
                created_at = table.Column<DateTimeOffset>(type: Timestamp, nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_users", x => x.id));
        migrationBuilder.CreateIndex("ux_users_normalized_email", IdentityTables.Users, "normalized_email", schema, unique: true);

        migrationBuilder.CreateTable(
            name: IdentityTables.RefreshTokens,
            schema: schema,
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                family_id = table.Column<Guid>(type: "uuid", nullable: false),
                user_id = table.Column<Guid>(type: "uuid", nullable: false),
                token_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                created_at = table.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                expires_at = table.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                spent_at = table.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                revoked_at = table.Column<DateTimeOffset>(type: Timestamp, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_refresh_tokens", x => x.id);
                table.ForeignKey("fk_refresh_tokens_users_user_id", x => x.user_id, IdentityTables.Users, "id", schema, onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ux_refresh_tokens_token_hash", IdentityTables.RefreshTokens, "token_hash", schema, unique: true);
        migrationBuilder.CreateIndex("ix_refresh_tokens_family_id", IdentityTables.RefreshTokens, "family_id", schema);
        migrationBuilder.CreateIndex("ix_refresh_tokens_user_id", IdentityTables.RefreshTokens, "user_id", schema);

        migrationBuilder.CreateTable(
            name: IdentityTables.LoginThrottles,
            schema: schema,
            columns: table => new
            {
                key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                failures = table.Column<int>(type: "integer", nullable: false),
                last_failure_at = table.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                locked_until = table.Column<DateTimeOffset>(type: Timestamp, nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_login_throttles", x => x.key));

        return migrationBuilder;
    }

    /// <summary>Drops the identity tables (the schema stays: other tables may live in it).</summary>
    public static MigrationBuilder DropRampartIdentityTables(this MigrationBuilder migrationBuilder, string schema = IdentityModelBuilderExtensions.DefaultSchema)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(IdentityTables.LoginThrottles, schema);
        migrationBuilder.DropTable(IdentityTables.RefreshTokens, schema);
        migrationBuilder.DropTable(IdentityTables.Users, schema);
        return migrationBuilder;
    }
}
