using Microsoft.EntityFrameworkCore;

namespace Skeleton.Tests.Architecture.Planted.Adapters.Http.Catalog;

/// <summary>Planted: an endpoint going around the core to the database.</summary>
internal sealed class QueriesTheDatabase(DbContext db)
{
    public DbContext Db { get; } = db;
}
