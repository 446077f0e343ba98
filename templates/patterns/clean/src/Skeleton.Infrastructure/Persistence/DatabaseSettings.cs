namespace Skeleton.Infrastructure.Persistence;

/// <summary>
/// <c>ConnectionStrings:Database</c>, checked before the service listens. Migrations at start-up are the migrations
/// block's own setting, <c>Rampart:Migrations:ApplyOnStartup</c>.
/// </summary>
internal sealed class DatabaseSettings
{
    /// <summary>The PostgreSQL connection string (<c>ConnectionStrings:Database</c>).</summary>
    public string? ConnectionString { get; set; }
}
