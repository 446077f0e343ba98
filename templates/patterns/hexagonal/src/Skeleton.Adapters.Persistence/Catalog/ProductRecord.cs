using Rampart.AspNetCore.Data.Entities;
using Skeleton.Core.Catalog;

namespace Skeleton.Adapters.Persistence.Catalog;

/// <summary>
/// A row of <c>products</c>. Rampart's entity conventions keep its version, timestamps and soft delete; the core's
/// <see cref="Product"/> never sees EF Core.
/// </summary>
internal sealed class ProductRecord : Entity
{
    public required string Sku { get; init; }

    public required string Name { get; set; }

    public decimal Price { get; set; }

    public int Stock { get; set; }

    public int Reserved { get; set; }

    public static ProductRecord From(Product product) =>
        new() { Id = product.Id, Sku = product.Sku, Name = product.Name, Price = product.Price, Stock = product.Stock, Reserved = product.Reserved };

    public Product ToProduct()
    {
        var product = new Product { Id = Id, Sku = Sku, Name = Name, Price = Price, Stock = Stock, Reserved = Reserved };
        product.Stamp(Version, CreatedAt, UpdatedAt);
        return product;
    }

    public void CopyFrom(Product product)
    {
        Name = product.Name;
        Price = product.Price;
        Stock = product.Stock;
        Reserved = product.Reserved;
    }
}
