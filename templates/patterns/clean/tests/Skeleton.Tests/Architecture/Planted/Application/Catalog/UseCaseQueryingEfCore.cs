using Microsoft.EntityFrameworkCore;

namespace Skeleton.Tests.Architecture.Planted.Application.Catalog;

/// <summary>Planted: a use case that queries a DbContext itself instead of a repository port.</summary>
internal sealed class UseCaseQueryingEfCore(DbContext db)
{
    public Task<int> CountAsync() => db.Database.ExecuteSqlRawAsync("SELECT 1");
}
