using Rampart.AspNetCore.Data.Entities;

namespace Rampart.AspNetCore.Data.Tests.Host;

public sealed class Product : Entity
{
    public required string Sku { get; set; }

    public required string Name { get; set; }

    public decimal Price { get; set; }

    public int Stock { get; set; }
}
