using Microsoft.EntityFrameworkCore;

namespace Skeleton.Tests.Architecture.Planted.Domain.Catalog;

/// <summary>Planted: a domain entity that maps its own table, so the domain would need EF Core.</summary>
internal sealed class ProductMappingItself
{
    public string Sku { get; set; } = string.Empty;

    public static void Map(ModelBuilder model) => model.Entity<ProductMappingItself>().HasIndex(p => p.Sku).IsUnique();
}
