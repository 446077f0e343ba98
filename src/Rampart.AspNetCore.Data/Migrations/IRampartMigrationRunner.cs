namespace Rampart.AspNetCore.Data.Migrations;

/// <summary>Applies or scripts the migrations of one DbContext.</summary>
internal interface IRampartMigrationRunner
{
    string ContextName { get; }

    Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken);

    Task<string> ScriptAsync(CancellationToken cancellationToken);

    Task<(IReadOnlyList<string> Applied, IReadOnlyList<string> Pending)> ListAsync(CancellationToken cancellationToken);
}
