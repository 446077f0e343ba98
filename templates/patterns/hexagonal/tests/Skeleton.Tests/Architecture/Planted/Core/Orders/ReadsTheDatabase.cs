using Microsoft.EntityFrameworkCore;

namespace Skeleton.Tests.Architecture.Planted.Core.Orders;

/// <summary>Planted: the core reaching for EF Core.</summary>
internal sealed class ReadsTheDatabase(DbContext db)
{
    public DbContext Db { get; } = db;
}
