using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Rampart.AspNetCore.Data.Migrations;

/// <summary>Runs <typeparamref name="TContext"/>'s migrations through EF Core's runtime migrator.</summary>
internal sealed class RampartMigrationRunner<TContext>(IServiceScopeFactory scopes) : IRampartMigrationRunner
    where TContext : DbContext
{
    public string ContextName => typeof(TContext).Name;

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        if (!await HistoryExistsAsync(context, cancellationToken))
        {
            // EF Core 10 reads the history once before it creates the table, which fails (and is logged at Error) on an
            // empty database. Creating it first, as EF Core would a moment later, keeps that read clean; Npgsql's
            // create is safe when another instance does the same at the same time.
            await context.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await context.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            }
            finally
            {
                await context.Database.CloseConnectionAsync();
            }
        }

        using var recorder = AppliedMigrationsRecorder.Start(context.GetService<IMigrator>());
        // EF Core creates the history table, then locks it (LOCK TABLE … IN ACCESS EXCLUSIVE MODE on PostgreSQL) in the
        // migrations' transaction, so an instance starting at the same time waits and then finds nothing to apply.
        await context.Database.MigrateAsync(cancellationToken);
        return recorder.Applied;
    }

    public async Task<string> ScriptAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        var migrator = context.GetService<IMigrator>();
        return migrator.GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }

    public async Task<(IReadOnlyList<string> Applied, IReadOnlyList<string> Pending)> ListAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        var applied = await AppliedAsync(context, cancellationToken);
        return (applied, Pending(context, applied));
    }

    private static List<string> Pending(TContext context, IReadOnlyList<string> applied) =>
        [.. context.Database.GetMigrations().Except(applied, StringComparer.Ordinal)];

    // Npgsql's history repository always answers "exists" (it cannot know which schema search_path picks) and reads the
    // table, logging the failed read at Error before treating it as empty: on every first start, once per context.
    // to_regclass resolves the name exactly as that read would, and answers NULL instead of failing.
    private static async Task<IReadOnlyList<string>> AppliedAsync(TContext context, CancellationToken cancellationToken) =>
        await HistoryExistsAsync(context, cancellationToken) ? [.. await context.Database.GetAppliedMigrationsAsync(cancellationToken)] : [];

    private static async Task<bool> HistoryExistsAsync(TContext context, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = context.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT to_regclass(@history) IS NOT NULL";
            var history = command.CreateParameter();
            history.ParameterName = "history";
            history.Value = HistoryTable.Of(context);
            command.Parameters.Add(history);
            return await command.ExecuteScalarAsync(cancellationToken) is true;
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }
}
