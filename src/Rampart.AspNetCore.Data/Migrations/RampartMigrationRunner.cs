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
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
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
        var applied = (await context.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return (applied, pending);
    }
}
