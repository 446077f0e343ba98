using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Rampart.AspNetCore.Data.Migrations;

/// <summary>Runs <typeparamref name="TContext"/>'s migrations through EF Core's runtime migrator (no design-time tooling).</summary>
internal sealed class RampartMigrationRunner<TContext>(IServiceScopeFactory scopes) : IRampartMigrationRunner
    where TContext : DbContext
{
    public string ContextName => typeof(TContext).Name;

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        var pending = await PendingAsync(context, cancellationToken);
        // EF Core takes a database lock around this, so instances starting together apply each migration once.
        await context.Database.MigrateAsync(cancellationToken);
        return pending;
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
        return (applied, await PendingAsync(context, cancellationToken, applied));
    }

    // EF Core reads the history table without checking that it exists, and logs the failed read at Error before
    // treating it as empty: on every first start. Asking the history repository first keeps the logs clean.
    private static async Task<IReadOnlyList<string>> AppliedAsync(TContext context, CancellationToken cancellationToken)
    {
        var history = context.GetService<IHistoryRepository>();
        return await history.ExistsAsync(cancellationToken)
            ? [.. (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(m => m.MigrationId)]
            : [];
    }

    private static async Task<IReadOnlyList<string>> PendingAsync(
        TContext context, CancellationToken cancellationToken, IReadOnlyList<string>? applied = null)
    {
        applied ??= await AppliedAsync(context, cancellationToken);
        return [.. context.Database.GetMigrations().Except(applied, StringComparer.Ordinal)];
    }
}
