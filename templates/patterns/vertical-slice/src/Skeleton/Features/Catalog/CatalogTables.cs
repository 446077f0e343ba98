using Microsoft.EntityFrameworkCore;
using Skeleton.Shared.Database;

namespace Skeleton.Features.Catalog;

/// <summary>The catalog's tables as its slices reach them; no other feature does.</summary>
internal static class CatalogTables
{
    public static DbSet<Product> Products(this AppDbContext db) => db.Set<Product>();
}
