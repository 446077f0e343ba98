using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Npgsql;
using Rampart.AspNetCore.Data.Migrations;

namespace Rampart.AspNetCore.Jobs;

/// <summary>
/// Puts the job store's schema under the service's <c>migrate</c>, <c>migrations list</c> and <c>migrations script</c>
/// commands (and <c>Rampart:Migrations:ApplyOnStartup</c>), beside the DbContexts' migrations. Instances that migrate
/// at the same moment take turns on a transaction-scoped advisory lock, and the statements only create what is missing.
/// </summary>
internal sealed class JobStoreMigrationRunner(IOptions<RampartJobsOptions> options, IConfiguration configuration) : IRampartMigrationRunner
{
    // An arbitrary, fixed key: every instance of every Rampart service uses the same one, per database.
    private const long AdvisoryLockKey = 0x52_41_4D_50_4A_4F_42_53; // "RAMPJOBS"

    public string ContextName => "JobStore";

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        var schema = options.Value.Schema;
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        // Every statement runs every time: a newer Quartz may add a table or an index to a store that exists.
        var existed = await ExistsAsync(connection, transaction, schema, cancellationToken);
        foreach (var statement in JobStoreSchema.Statements(schema))
        {
            await using var command = new NpgsqlCommand(statement, connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return existed ? [] : [JobStoreSchema.MigrationName];
    }

    public Task<string> ScriptAsync(CancellationToken cancellationToken)
    {
        var script = new StringBuilder("-- The Quartz job store (Rampart.AspNetCore.Jobs): creates only what is missing.\n");
        foreach (var statement in JobStoreSchema.Statements(options.Value.Schema))
        {
            script.Append(statement).Append(";\n");
        }

        return Task.FromResult(script.ToString());
    }

    public async Task<(IReadOnlyList<string> Applied, IReadOnlyList<string> Pending)> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ExistsAsync(connection, null, options.Value.Schema, cancellationToken)
            ? ([JobStoreSchema.MigrationName], [])
            : ([], [JobStoreSchema.MigrationName]);
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(configuration.GetConnectionString(options.Value.ConnectionStringName));
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string schema, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT to_regclass(@marker) IS NOT NULL", connection, transaction);
        command.Parameters.AddWithValue("marker", JobStoreSchema.Marker(schema));
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }
}
